/*
 * Gongzhi: the language of Tasklist, Welcome and Admin. Simplified Chinese unless the user chose English: open any of
 * them with ?lang=en (the Welcome page links to it), and ?lang=zh to return. The choice is remembered in this browser.
 * The webapps pick their language from `locales` in scripts/config.js, which imports this module.
 */
const KEY = 'gongzhi.locale';

function chosen() {
  try {
    const asked = new URLSearchParams(window.location.search).get('lang');
    if (asked === 'zh' || asked === 'en') {
      window.localStorage.setItem(KEY, asked);
      return asked;
    }
    return window.localStorage.getItem(KEY) === 'en' ? 'en' : 'zh';
  } catch (e) {
    return 'zh';
  }
}

export const locale = chosen();

/** The one language offered, so that the browser's own preference (often English) does not override the choice. */
export const locales = {availableLocales: [locale], fallbackLocale: locale};

/** The header's vendor and application name, in the chosen language. */
export function app(chinese, english) {
  return locale === 'zh' ? {vendor: '共治', name: chinese} : {vendor: 'Gongzhi', name: english};
}
