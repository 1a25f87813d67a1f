/** The lists zxcvbn's matching module reads in the built extension, by dictionary name. */
declare const lists: Record<string, string[]>;
export = lists;
