// The parts of web-ext's programmatic API the scripts and tests use (the package ships no types).
declare module 'web-ext' {
  interface BuildOptions {
    sourceDir: string;
    artifactsDir: string;
    filename?: string;
    overwriteDest?: boolean;
  }
  interface LintOptions {
    sourceDir: string;
    output?: 'json' | 'text';
    warningsAsErrors?: boolean;
  }
  const webExt: {
    cmd: {
      build(options: BuildOptions, config?: { shouldExitProgram?: boolean }): Promise<{ extensionPath: string }>;
      lint(options: LintOptions, config?: { shouldExitProgram?: boolean }): Promise<unknown>;
    };
  };
  export default webExt;
}
