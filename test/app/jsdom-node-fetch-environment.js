// jsdom, as the simulator tests run in, with Node's own fetch: jsdom has none, so the functions a simulator test
// runs in process could not reach a local stub of WeChat's API. With it, the real WeChat adapter and HTTP client
// talk to the stub over a real socket, exactly as they do on the server; the page itself never calls fetch.
const { TestEnvironment } = require('jest-environment-jsdom')

class JsdomWithNodeFetch extends TestEnvironment {
  constructor(config, context) {
    super(config, context)
    this.global.fetch = fetch
  }
}

module.exports = JsdomWithNodeFetch
