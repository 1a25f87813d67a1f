import type zxcvbn from 'zxcvbn';

declare function loadZxcvbnLibrary(): { zxcvbn: typeof zxcvbn; matching: Record<string, unknown> };
export = loadZxcvbnLibrary;
