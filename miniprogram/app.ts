import { type PropsWithChildren, useEffect } from 'react'
import { labelNavigationBar } from './navigation-bar.web'
import { fetchFaqAdditions } from './services/faq-additions'
import './app.scss'

// Web only; webpack drops a require in a branch that is false for the platform being built.
if (process.env.TARO_ENV === 'h5') require('./navigation-bar.web.scss')

/** The app shell; `children` is the page being shown. */
function App({ children }: PropsWithChildren) {
  useEffect(() => {
    if (process.env.TARO_ENV === 'h5') labelNavigationBar()
    // What staff added to 政策问答 since this release; the shipped corpus answers without it.
    void fetchFaqAdditions()
  }, [])
  return children
}

export default App
