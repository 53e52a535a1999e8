/*
 * Gongzhi's Admin settings (served in place of the webapp's own scripts/config.js): Simplified Chinese by default
 * (../../gongzhi-locale.js).
 */
import {app, locales} from '../../gongzhi-locale.js';

export default {
  app: app('系统管理', 'Admin'),
  locales
};
