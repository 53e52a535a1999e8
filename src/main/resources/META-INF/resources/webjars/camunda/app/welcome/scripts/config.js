/*
 * Gongzhi's Welcome page settings (served in place of the webapp's own scripts/config.js): Simplified Chinese by
 * default (../../gongzhi-locale.js), with links to the supervisors' dashboard, a Party member's own record and a
 * community worker's own record (the same login) and to switch the webapps' language.
 */
import {app, locale, locales} from '../../gongzhi-locale.js';

export default {
  app: app('欢迎', 'Welcome'),
  locales,
  links: locale === 'zh'
    ? [{label: '服务督办', href: '/supervision/', description: '街道和社区的诉求时效、超期事项与各社区比较（督办人员，同一登录）'},
      {label: '我的党员服务记录', href: '/members/', description: '在职党员本人的报到、岗位和服务时长；单位联系人查看本单位党员（同一登录）'},
      {label: '我的职业档案', href: '/workers/', description: '社区工作者本人的等级、职业资格、培训学时和年度考核；社区负责人和街道查看所辖人员（同一登录）'},
      {label: 'English', href: '?lang=en', description: 'Show Tasklist, Welcome and Admin in English'}]
    : [{label: 'Supervision dashboard', href: '/supervision/',
        description: 'Service levels, overdue matters and communities side by side (supervisors, same login)'},
      {label: 'My Party member record', href: '/members/',
        description: 'An in-service Party member\'s reporting, posts and service hours (same login)'},
      {label: 'My worker record', href: '/workers/',
        description: 'A community worker\'s grade, qualifications, training hours and appraisals (same login)'},
      {label: '中文', href: '?lang=zh', description: '任务列表、欢迎页和系统管理使用简体中文'}]
};
