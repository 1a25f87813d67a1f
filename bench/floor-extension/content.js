/* global chrome */
// The least a content script that greets can do: one message, one banner in a closed shadow root.
chrome.runtime.sendMessage({ type: 'visit' }).then((answer) => {
  const host = document.createElement('floor-ui');
  const root = host.attachShadow({ mode: 'closed' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(':host { all: initial; } p { position: fixed; top: 16px; right: 16px; padding: 10px; }');
  root.adoptedStyleSheets = [sheet];
  const text = document.createElement('p');
  text.setAttribute('role', 'status');
  text.append(answer.banner);
  root.append(text);
  document.body.append(host);
});
