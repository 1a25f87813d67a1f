import { t } from '../shared/i18n';

/** Third-party data HomeGuard ships, with its licence (credited as the licences ask). */
const SOURCES = [
  {
    name: '2FA Directory',
    url: 'https://2fa.directory/',
    licence: 'MIT',
    licenceUrl: 'https://github.com/2factorauth/twofactorauth/blob/master/LICENSE.md',
    use: 'optionsSource2faUse',
  },
  {
    name: 'Passkeys Directory',
    url: 'https://passkeys.directory/',
    licence: 'CC BY 4.0',
    licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
    use: 'optionsSourcePasskeysUse',
  },
  {
    name: 'SecLists (OWASP), 10 million password list',
    url: 'https://github.com/danielmiessler/SecLists',
    licence: 'CC BY-SA 3.0',
    licenceUrl: 'https://creativecommons.org/licenses/by-sa/3.0/',
    use: 'optionsSourceSecListsUse',
  },
  {
    name: 'DefaultCreds-Cheat-Sheet',
    url: 'https://github.com/ihebski/DefaultCreds-cheat-sheet',
    licence: 'MIT',
    licenceUrl: 'https://github.com/ihebski/DefaultCreds-cheat-sheet/blob/main/LICENSE',
    use: 'optionsSourceDefaultCredsUse',
  },
  {
    name: 'Unicode confusables (UTS #39)',
    url: 'https://www.unicode.org/reports/tr39/',
    licence: 'Unicode License v3',
    licenceUrl: 'https://www.unicode.org/license.txt',
    use: 'optionsSourceConfusablesUse',
  },
  {
    name: 'top-sites',
    url: 'https://github.com/Kikobeats/top-sites',
    licence: 'MIT',
    licenceUrl: 'https://github.com/Kikobeats/top-sites#license',
    use: 'optionsSourceTopSitesUse',
  },
] as const;

export function DataSources() {
  return (
    <section aria-labelledby="sources-heading">
      <h2 id="sources-heading">{t('optionsSourcesHeading')}</h2>
      <p class="hint">{t('optionsSourcesIntro')}</p>
      <ul class="sources">
        {SOURCES.map((source) => (
          <li key={source.name}>
            <a href={source.url} target="_blank" rel="noreferrer">
              {source.name}
            </a>{' '}
            (
            <a href={source.licenceUrl} target="_blank" rel="noreferrer">
              {t('optionsLicence', source.licence)}
            </a>
            ): {t(source.use)}
          </li>
        ))}
      </ul>
    </section>
  );
}
