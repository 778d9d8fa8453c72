// Styles are the bundler's business: a unit test of a page's logic imports them as nothing.
module.exports = {}
