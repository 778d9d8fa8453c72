import Taro from '@tarojs/taro'

/**
 * Brings a part of the page that just appeared (a form opened by a tap, a chosen place) to where the person
 * is looking, and on the web moves keyboard and screen-reader focus into it (its first field or button): the
 * tapped control may just have gone, which would drop focus to the top of the page.
 */
export const reveal = (id: string, where: 'start' | 'nearest' = 'start') => {
  if (process.env.TARO_ENV === 'h5') {
    // After React has drawn it.
    setTimeout(() => {
      const node = document.getElementById(id)
      if (!node) return
      node.scrollIntoView({ block: where })
      const field = node.querySelector<HTMLElement>('input, textarea, button')
      ;(field ?? node).focus({ preventScroll: true })
    }, 0)
    return
  }
  Taro.pageScrollTo({ selector: `#${id}`, duration: 200 }).catch(() => undefined)
}
