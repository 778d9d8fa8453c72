/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.jpg'
declare module '*.svg'
declare module '*.scss'

declare namespace NodeJS {
  interface ProcessEnv {
    /** The platform being built; Taro replaces it at build time (undefined under Node). */
    TARO_ENV?: 'weapp' | 'h5'
    /** The CloudBase environment id the weapp build calls (config/index.ts). */
    CLOUD_ENV_ID?: string
    /** Subscription-message template ids the weapp build asks consent for (config/index.ts). */
    TEMPLATE_FILING_STATUS?: string
    TEMPLATE_SUPPLEMENT_DEADLINE?: string
    TEMPLATE_CLAIM_STATUS?: string
    TEMPLATE_FAQ_ANSWER?: string
  }
}
