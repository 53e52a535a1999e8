/*
 * Gongzhi's Tasklist settings (served in place of the webapp's own scripts/config.js): Simplified Chinese by default
 * (../../gongzhi-locale.js), dates in the Chinese long format of locales/zh.json, the keyboard shortcuts described in
 * the chosen language; the forms' own texts and date pickers as gongzhi-forms.js says.
 */
import {app, locale, locales} from '../../gongzhi-locale.js';

const zh = locale === 'zh';

export default {
  app: app('任务列表', 'Tasklist'),
  // Camunda Forms with Chinese messages and ISO dates, the list sorted by due date (gongzhi-forms.js)
  customScripts: ['scripts/gongzhi-forms'],
  locales,
  dateFormat: {
    normal: 'LLL',
    long: 'LLLL'
  },
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: zh ? '认领当前选中的任务' : 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: zh ? '光标移到第一个筛选器' : 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: zh ? '光标移到任务列表的第一个任务' : 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: zh ? '光标移到任务表单的第一个输入框' : 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: zh ? '打开“发起流程”对话框' : 'opens the start process modal dialog'
    }
  }
};
