// In the mini-program, before any page renders: Taro maps each prop to the template's short attribute names
// from its runtime table, which must list the ARIA attributes the templates now carry (config/aria-plugin.ts).
import { mergeInternalComponents } from '@tarojs/shared'
import { ARIA_COMPONENTS } from './aria-attributes'

mergeInternalComponents(ARIA_COMPONENTS)
