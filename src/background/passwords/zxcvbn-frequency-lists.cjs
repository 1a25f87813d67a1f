/**
 * zxcvbn's frequency lists in the built extension: its matching module requires this file in
 * place of its own lists (scripts/zxcvbn-lists.ts), and frequency-lists.ts fills it with the
 * lists the worker fetched, before the library is first required.
 */
module.exports = {};
