import type { PropsWithChildren } from 'react'
import './app.scss'

/** The app shell; `children` is the page being shown. */
function App({ children }: PropsWithChildren) {
  return children
}

export default App
