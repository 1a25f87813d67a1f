/* global chrome */
// Answers the content script's one message, as HomeGuard's worker answers a page visit.
chrome.runtime.onMessage.addListener((_message, _sender, reply) => {
  reply({ ok: true, banner: 'HomeGuard is checking your Ring account.' });
});
