import { type Route, urlOf } from '@shared/routes'
import Taro from '@tarojs/taro'

/** Opens a page; past WeChat's ten-page stack it replaces the current one instead of failing. */
export const go = (route: Route, query?: Record<string, string>) => {
  const url = urlOf(route, query)
  return Taro.navigateTo({ url }).catch(() => Taro.redirectTo({ url }).catch(() => undefined))
}

/** Replaces the current page (a finished wizard is not where "back" should lead). */
export const replace = (route: Route, query?: Record<string, string>) =>
  Taro.redirectTo({ url: urlOf(route, query) }).catch(() => undefined)

export const goHome = () => Taro.reLaunch({ url: urlOf('home') }).catch(() => undefined)

/** The page's query, decoded (?id=fl_…). */
export const pageQuery = (): Record<string, string> => {
  const params = Taro.getCurrentInstance().router?.params ?? {}
  return Object.fromEntries(
    Object.entries(params).flatMap(([name, value]) => {
      if (typeof value !== 'string' || name.startsWith('$')) return []
      try {
        return [[name, decodeURIComponent(value)]]
      } catch {
        return [[name, value]]
      }
    }),
  )
}
