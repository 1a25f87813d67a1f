/**
 * tldts (the Public Suffix List), required only when this function is first called: the bundler
 * keeps CommonJS modules unevaluated until they are required, and tldts derives its lookup tables
 * when it is first evaluated (12-21 ms in a worker just started), which only the look-alike check
 * needs, never the popup or a vendor page's visit.
 */
module.exports = function loadTldts() {
  return require('tldts');
};
