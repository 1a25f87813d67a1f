import { render } from 'preact';
import browser from '../shared/browser';
import { t } from '../shared/i18n';
import { App } from './app';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('optionsTitle');
const root = document.getElementById('app');
if (root) render(<App />, root);
