/**
 * Taro's H5 navigation bar draws 返回 and 首页 as bare divs: a screen reader hears nothing and a keyboard
 * cannot reach them. They get a role, a name and Enter/Space here; the title is the page's heading.
 */
export function labelNavigationBar() {
  const bar = document.getElementById('taro-navigation-bar')
  if (!bar) return
  const buttons: [string, string][] = [
    ['taro-navigation-bar-back', '返回上一页'],
    ['taro-navigation-bar-home', '回到首页'],
  ]
  for (const [className, name] of buttons) {
    const button = bar.getElementsByClassName(className)[0] as HTMLElement | undefined
    if (!button) continue
    button.setAttribute('role', 'button')
    button.setAttribute('aria-label', name)
    button.tabIndex = 0
    button.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' && event.key !== ' ') return
      event.preventDefault()
      button.click()
    })
  }
  const title = bar.getElementsByClassName('taro-navigation-bar-title')[0]
  title?.setAttribute('role', 'heading')
  title?.setAttribute('aria-level', '1')
}
