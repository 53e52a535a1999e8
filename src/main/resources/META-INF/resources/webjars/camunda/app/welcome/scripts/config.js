/*
 * Gongzhi's Welcome page settings (served in place of the webapp's own scripts/config.js): Simplified Chinese by
 * default (../../gongzhi-locale.js), with links to switch the webapps' language.
 */
import {app, locale, locales} from '../../gongzhi-locale.js';

export default {
  app: app('欢迎', 'Welcome'),
  locales,
  links: locale === 'zh'
    ? [{label: 'English', href: '?lang=en', description: 'Show Tasklist, Welcome and Admin in English'}]
    : [{label: '中文', href: '?lang=zh', description: '任务列表、欢迎页和系统管理使用简体中文'}]
};
