/**
 * zxcvbn 4.4.2's CommonJS modules, required only when this function is first called. The bundler
 * keeps CommonJS modules unevaluated until they are required, so a worker woken for anything else
 * (the popup, a page's visit) does not build the library's 95,000-word dictionaries.
 */
module.exports = function loadZxcvbnLibrary() {
  return { zxcvbn: require('zxcvbn'), matching: require('zxcvbn/lib/matching.js') };
};
