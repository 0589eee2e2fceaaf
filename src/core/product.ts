import packageJson from '../../package.json' with { type: 'json' }

/** The product's own version, taken from package.json at build time. */
export const PRODUCT_VERSION: string = packageJson.version

/** The User-Agent capflight sends to every service it calls. */
export const USER_AGENT = `capflight/${PRODUCT_VERSION}`
