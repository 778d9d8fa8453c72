import path from 'node:path'
import type { IPluginContext } from '@tarojs/service'

type Platform = {
  runtimePath: string | string[]
  template: { mergeComponents(ctx: IPluginContext, patch: object): void }
}

/**
 * Screen readers in the mini-program. Taro leaves every aria-* attribute out of its generated weapp templates
 * (to keep them small), so the components' `ariaRole` / `ariaLabel` props never reach the page and 读屏
 * (VoiceOver, TalkBack) announce unlabelled views. This adds the attributes of config/aria-attributes.js to
 * the templates at build time and to Taro's runtime table (config/aria-runtime.js), as @tarojs/plugin-inject
 * does. test/app/weapp-aria.test.ts checks the built templates and what each page hands them.
 */
export default (ctx: IPluginContext) => {
  ctx.registerMethod({
    name: 'onSetupClose',
    fn(platform: Platform) {
      if (process.env.TARO_ENV !== 'weapp') return
      // The same table the runtime merges.
      const { ARIA_COMPONENTS } = require('./aria-attributes.js') as { ARIA_COMPONENTS: object }
      platform.template.mergeComponents(ctx, ARIA_COMPONENTS)
      platform.runtimePath = [platform.runtimePath, path.resolve(__dirname, 'aria-runtime.js')].flat()
    },
  })
}
