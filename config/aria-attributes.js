// The ARIA attributes WeChat reads (aria-component, base library 2.7.1+), per component, in Taro's
// component-table form: the build adds them to the weapp templates (config/aria-plugin.ts) and the
// mini-program's runtime to its table of attribute names (config/aria-runtime.js). Plain ES5 and CommonJS:
// it ships, and Node reads it at build time.
var ARIA = {
  'aria-role': "''",
  'aria-label': "''",
  'aria-hidden': '!1',
  'aria-checked': "''",
  'aria-selected': "''",
  'aria-disabled': "''",
  'aria-invalid': "''",
  'aria-live': "''",
}

// An object literal, no callbacks: this file is not run through Babel, and it must stay ES5.
var ARIA_COMPONENTS = {
  View: ARIA,
  Text: ARIA,
  Image: ARIA,
  Input: ARIA,
  Textarea: ARIA,
  Button: ARIA,
  Canvas: ARIA,
  Label: ARIA,
}

module.exports = { ARIA_COMPONENTS: ARIA_COMPONENTS }
