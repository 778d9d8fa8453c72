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
  }
}
