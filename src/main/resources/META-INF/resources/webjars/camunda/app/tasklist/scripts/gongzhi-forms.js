/*
 * Gongzhi: the Camunda Forms in Tasklist as staff in China read them (loaded through `customScripts` in config.js).
 *
 * - Dates: form-js formats its date pickers in the pattern of the browser's own locale (an English browser shows
 *   mm/dd/yyyy, and a typed 2026-11-28 became 8/6/2027). It asks Intl.DateTimeFormat('default') for that pattern;
 *   here that one question is answered with the ISO pattern, so every picker shows and accepts 2026-12-01.
 * - Messages: form-js's own validation messages and list texts are English; they are shown in Chinese.
 * - Order: the task list is sorted by due date (earliest first) until the person chooses another order; Tasklist
 *   marks overdue rows itself.
 * - Rows: form-js 1.x records an empty error entry for every field of a dynamic list a person has left (its errors
 *   path includes the row index), and Tasklist disables 完成 while any entry exists. Entries without a message are
 *   dropped before form-js publishes its state, so 完成 follows the messages the person actually sees.
 */
import {locale} from '../../gongzhi-locale.js';

const NativeDateTimeFormat = Intl.DateTimeFormat;

function IsoDateTimeFormat(locales, options) {
  const asked = locales === 'default' && options === undefined ? 'sv-SE' : locales;
  return new NativeDateTimeFormat(asked, options);
}
IsoDateTimeFormat.prototype = NativeDateTimeFormat.prototype;
IsoDateTimeFormat.supportedLocalesOf = NativeDateTimeFormat.supportedLocalesOf.bind(NativeDateTimeFormat);
Intl.DateTimeFormat = IsoDateTimeFormat;

/** Whether an error entry holds a message: a string, or a list or map (one per row) that holds one. */
function hasMessage(entry) {
  if (typeof entry === 'string') {
    return entry.length > 0;
  }
  if (Array.isArray(entry)) {
    return entry.some(hasMessage);
  }
  if (entry && typeof entry === 'object') {
    return Object.values(entry).some(hasMessage);
  }
  return false;
}

/** Tasklist's form-js, from the webpack runtime the webapp shares (module 57661 in the 7.24.0 bundle). */
function formJs() {
  let found = null;
  const chunks = (self.webpackChunkcamunda_bpm_webapp = self.webpackChunkcamunda_bpm_webapp || []);
  chunks.push([[`gongzhi-forms-${Date.now()}`], {}, (require) => {
    const isFormJs = (exports) => exports && exports.Form && exports.Form.prototype
        && typeof exports.Form.prototype._setState === 'function';
    try {
      if (require.m && require.m[57661] && isFormJs(require(57661))) {
        found = require(57661);
        return;
      }
    } catch (e) {
      // another bundle: look among the modules already loaded
    }
    Object.values(require.c || {}).some((module) => isFormJs(module.exports) && (found = module.exports));
  }]);
  return found;
}

try {
  const formjs = formJs();
  if (formjs) {
    const setState = formjs.Form.prototype._setState;
    formjs.Form.prototype._setState = function (state) {
      if (state && state.errors) {
        const errors = {};
        Object.entries(state.errors).forEach(([id, entry]) => {
          if (hasMessage(entry)) {
            errors[id] = entry;
          }
        });
        state = {...state, errors};
      }
      return setState.call(this, state);
    };
  } else {
    console.warn('gongzhi-forms: form-js not found; forms with rows may keep 完成 disabled');
  }
} catch (e) {
  console.warn('gongzhi-forms: could not adjust form-js', e);
}

const MESSAGES = [
  [/^Field is required\.$/, () => '此项必须填写。'],
  [/^Field must have minimum value of (.+)\.$/, (m) => `不能小于 ${m[1]}。`],
  [/^Field must have maximum value of (.+)\.$/, (m) => `不能大于 ${m[1]}。`],
  [/^Field must have minimum length of (.+)\.$/, (m) => `至少填写 ${m[1]} 个字。`],
  [/^Field must have maximum length of (.+)\.$/, (m) => `最多填写 ${m[1]} 个字。`],
  [/^Field must match pattern .+\.$/, () => '格式不正确。'],
  [/^Field must be a valid email\.$/, () => '请填写有效的电子邮箱。'],
  [/^Field must be a valid\s+international phone number\..*$/, () => '请填写有效的电话号码。'],
  [/^Add new$/, () => '添加一行'],
  [/^No results$/, () => '没有匹配的选项'],
  [/^All values selected$/, () => '已全部选择'],
  [/^Search$/, () => '搜索'],
  [/^Select$/, () => '请选择'],
  [/^yyyy-mm-dd$/, () => '年-月-日']
];

/** The Chinese for one of form-js's English texts, or null. */
export function translate(text) {
  if (locale !== 'zh') {
    return null;
  }
  const trimmed = (text || '').trim();
  for (const [pattern, chinese] of MESSAGES) {
    const match = trimmed.match(pattern);
    if (match) {
      return chinese(match);
    }
  }
  return null;
}

function translateWithin(root) {
  if (!root || !root.querySelectorAll) {
    return;
  }
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const chinese = translate(node.nodeValue);
    if (chinese !== null) {
      node.nodeValue = chinese;
    }
  }
  for (const input of root.querySelectorAll('input[placeholder], textarea[placeholder]')) {
    const chinese = translate(input.getAttribute('placeholder'));
    if (chinese !== null) {
      input.setAttribute('placeholder', chinese);
    }
  }
}

function forms(node) {
  const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : node;
  return element && element.closest ? element.closest('.fjs-container') : null;
}

new MutationObserver((mutations) => {
  const touched = new Set();
  for (const mutation of mutations) {
    const form = forms(mutation.target);
    if (form) {
      touched.add(form);
    }
    for (const added of mutation.addedNodes) {
      if (added.nodeType === Node.ELEMENT_NODE) {
        touched.add(forms(added) || added);
      }
    }
  }
  touched.forEach((root) => {
    if (root.classList && (root.classList.contains('fjs-container') || root.querySelector('.fjs-container'))) {
      translateWithin(root);
    }
  });
}).observe(document.documentElement, {
  subtree: true,
  childList: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['placeholder']
});

const DUE_FIRST = JSON.stringify([{sortBy: 'dueDate', sortOrder: 'asc'}]);

function sortByDueDate() {
  const hash = window.location.hash || '#/';
  if (!hash.startsWith('#/') || hash.includes('sorting=') || hash.includes('task=')) {
    return;
  }
  const separator = hash.includes('?') ? '&' : '?';
  window.history.replaceState(null, '', hash + separator + 'sorting=' + encodeURIComponent(DUE_FIRST));
}

sortByDueDate();
