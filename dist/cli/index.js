#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 379:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const ANY = Symbol('SemVer ANY')
// hoisted class for cyclic dependency
class Comparator {
  static get ANY () {
    return ANY
  }

  constructor (comp, options) {
    options = parseOptions(options)

    if (comp instanceof Comparator) {
      if (comp.loose === !!options.loose) {
        return comp
      } else {
        comp = comp.value
      }
    }

    comp = comp.trim().split(/\s+/).join(' ')
    debug('comparator', comp, options)
    this.options = options
    this.loose = !!options.loose
    this.parse(comp)

    if (this.semver === ANY) {
      this.value = ''
    } else {
      this.value = this.operator + this.semver.version
    }

    debug('comp', this)
  }

  parse (comp) {
    const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR]
    const m = comp.match(r)

    if (!m) {
      throw new TypeError(`Invalid comparator: ${comp}`)
    }

    this.operator = m[1] !== undefined ? m[1] : ''
    if (this.operator === '=') {
      this.operator = ''
    }

    // if it literally is just '>' or '' then allow anything.
    if (!m[2]) {
      this.semver = ANY
    } else {
      this.semver = new SemVer(m[2], this.options.loose)
    }
  }

  toString () {
    return this.value
  }

  test (version) {
    debug('Comparator.test', version, this.options.loose)

    if (this.semver === ANY || version === ANY) {
      return true
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    return cmp(version, this.operator, this.semver, this.options)
  }

  intersects (comp, options) {
    if (!(comp instanceof Comparator)) {
      throw new TypeError('a Comparator is required')
    }

    if (this.operator === '') {
      if (this.value === '') {
        return true
      }
      return new Range(comp.value, options).test(this.value)
    } else if (comp.operator === '') {
      if (comp.value === '') {
        return true
      }
      return new Range(this.value, options).test(comp.semver)
    }

    options = parseOptions(options)

    // Special cases where nothing can possibly be lower
    if (options.includePrerelease &&
      (this.value === '<0.0.0-0' || comp.value === '<0.0.0-0')) {
      return false
    }
    if (!options.includePrerelease &&
      (this.value.startsWith('<0.0.0') || comp.value.startsWith('<0.0.0'))) {
      return false
    }

    // Same direction increasing (> or >=)
    if (this.operator.startsWith('>') && comp.operator.startsWith('>')) {
      return true
    }
    // Same direction decreasing (< or <=)
    if (this.operator.startsWith('<') && comp.operator.startsWith('<')) {
      return true
    }
    // same SemVer and both sides are inclusive (<= or >=)
    if (
      (this.semver.version === comp.semver.version) &&
      this.operator.includes('=') && comp.operator.includes('=')) {
      return true
    }
    // opposite directions less than
    if (cmp(this.semver, '<', comp.semver, options) &&
      this.operator.startsWith('>') && comp.operator.startsWith('<')) {
      return true
    }
    // opposite directions greater than
    if (cmp(this.semver, '>', comp.semver, options) &&
      this.operator.startsWith('<') && comp.operator.startsWith('>')) {
      return true
    }
    return false
  }
}

module.exports = Comparator

const parseOptions = __nccwpck_require__(356)
const { safeRe: re, t } = __nccwpck_require__(471)
const cmp = __nccwpck_require__(646)
const debug = __nccwpck_require__(159)
const SemVer = __nccwpck_require__(163)
const Range = __nccwpck_require__(782)


/***/ }),

/***/ 782:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SPACE_CHARACTERS = /\s+/g

// hoisted class for cyclic dependency
class Range {
  constructor (range, options) {
    options = parseOptions(options)

    if (range instanceof Range) {
      if (
        range.loose === !!options.loose &&
        range.includePrerelease === !!options.includePrerelease
      ) {
        return range
      } else {
        return new Range(range.raw, options)
      }
    }

    if (range instanceof Comparator) {
      // just put it in the set and return
      this.raw = range.value
      this.set = [[range]]
      this.formatted = undefined
      return this
    }

    this.options = options
    this.loose = !!options.loose
    this.includePrerelease = !!options.includePrerelease

    // First reduce all whitespace as much as possible so we do not have to rely
    // on potentially slow regexes like \s*. This is then stored and used for
    // future error messages as well.
    this.raw = range.trim().replace(SPACE_CHARACTERS, ' ')

    // First, split on ||
    this.set = this.raw
      .split('||')
      // map the range to a 2d array of comparators
      .map(r => this.parseRange(r.trim()))
      // throw out any comparator lists that are empty
      // this generally means that it was not a valid range, which is allowed
      // in loose mode, but will still throw if the WHOLE range is invalid.
      .filter(c => c.length)

    if (!this.set.length) {
      throw new TypeError(`Invalid SemVer Range: ${this.raw}`)
    }

    // if we have any that are not the null set, throw out null sets.
    if (this.set.length > 1) {
      // keep the first one, in case they're all null sets
      const first = this.set[0]
      this.set = this.set.filter(c => !isNullSet(c[0]))
      if (this.set.length === 0) {
        this.set = [first]
      } else if (this.set.length > 1) {
        // if we have any that are *, then the range is just *
        for (const c of this.set) {
          if (c.length === 1 && isAny(c[0])) {
            this.set = [c]
            break
          }
        }
      }
    }

    this.formatted = undefined
  }

  get range () {
    if (this.formatted === undefined) {
      this.formatted = ''
      for (let i = 0; i < this.set.length; i++) {
        if (i > 0) {
          this.formatted += '||'
        }
        const comps = this.set[i]
        for (let k = 0; k < comps.length; k++) {
          if (k > 0) {
            this.formatted += ' '
          }
          this.formatted += comps[k].toString().trim()
        }
      }
    }
    return this.formatted
  }

  format () {
    return this.range
  }

  toString () {
    return this.range
  }

  parseRange (range) {
    // strip build metadata so it can't bleed into the version
    range = range.replace(BUILDSTRIPRE, '')

    // memoize range parsing for performance.
    // this is a very hot path, and fully deterministic.
    const memoOpts =
      (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) |
      (this.options.loose && FLAG_LOOSE)
    const memoKey = memoOpts + ':' + range
    const cached = cache.get(memoKey)
    if (cached) {
      return cached
    }

    const loose = this.options.loose
    // `1.2.3 - 1.2.4` => `>=1.2.3 <=1.2.4`
    const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE]
    range = range.replace(hr, hyphenReplace(this.options.includePrerelease))
    debug('hyphen replace', range)

    // `> 1.2.3 < 1.2.5` => `>1.2.3 <1.2.5`
    range = trimComparatorWhitespace(range)
    debug('comparator trim', range)

    // `~ 1.2.3` => `~1.2.3`
    range = range.replace(re[t.TILDETRIM], tildeTrimReplace)
    debug('tilde trim', range)

    // `^ 1.2.3` => `^1.2.3`
    range = range.replace(re[t.CARETTRIM], caretTrimReplace)
    debug('caret trim', range)

    // At this point, the range is completely trimmed and
    // ready to be split into comparators.

    let rangeList = range
      .split(' ')
      .map(comp => parseComparator(comp, this.options))
      .join(' ')
      .split(/\s+/)
      // >=0.0.0 is equivalent to *
      .map(comp => replaceGTE0(comp, this.options))

    if (loose) {
      // in loose mode, throw out any that are not valid comparators
      rangeList = rangeList.filter(comp => {
        debug('loose invalid filter', comp, this.options)
        return !!comp.match(re[t.COMPARATORLOOSE])
      })
    }
    debug('range list', rangeList)

    // if any comparators are the null set, then replace with JUST null set
    // if more than one comparator, remove any * comparators
    // also, don't include the same comparator more than once
    const rangeMap = new Map()
    const comparators = rangeList.map(comp => new Comparator(comp, this.options))
    for (const comp of comparators) {
      if (isNullSet(comp)) {
        return [comp]
      }
      rangeMap.set(comp.value, comp)
    }
    if (rangeMap.size > 1 && rangeMap.has('')) {
      rangeMap.delete('')
    }

    const result = [...rangeMap.values()]
    cache.set(memoKey, result)
    return result
  }

  intersects (range, options) {
    if (!(range instanceof Range)) {
      throw new TypeError('a Range is required')
    }

    return this.set.some((thisComparators) => {
      return (
        isSatisfiable(thisComparators, options) &&
        range.set.some((rangeComparators) => {
          return (
            isSatisfiable(rangeComparators, options) &&
            thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options)
              })
            })
          )
        })
      )
    })
  }

  // if ANY of the sets match ALL of its comparators, then pass
  test (version) {
    if (!version) {
      return false
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    for (let i = 0; i < this.set.length; i++) {
      if (testSet(this.set[i], version, this.options)) {
        return true
      }
    }
    return false
  }
}

module.exports = Range

const LRU = __nccwpck_require__(383)
const cache = new LRU()

const parseOptions = __nccwpck_require__(356)
const Comparator = __nccwpck_require__(379)
const debug = __nccwpck_require__(159)
const SemVer = __nccwpck_require__(163)
const trimComparatorWhitespace = __nccwpck_require__(737)
const {
  safeRe: re,
  src,
  t,
  tildeTrimReplace,
  caretTrimReplace,
} = __nccwpck_require__(471)
const { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = __nccwpck_require__(101)

// unbounded global build-metadata stripper used by parseRange
const BUILDSTRIPRE = new RegExp(src[t.BUILD], 'g')

const isNullSet = c => c.value === '<0.0.0-0'
const isAny = c => c.value === ''

// take a set of comparators and determine whether there
// exists a version which can satisfy it
const isSatisfiable = (comparators, options) => {
  let result = true
  const remainingComparators = comparators.slice()
  let testComparator = remainingComparators.pop()

  while (result && remainingComparators.length) {
    result = remainingComparators.every((otherComparator) => {
      return testComparator.intersects(otherComparator, options)
    })

    testComparator = remainingComparators.pop()
  }

  return result
}

// comprised of xranges, tildes, stars, and gtlt's at this point.
// already replaced the hyphen ranges
// turn into a set of JUST comparators.
const parseComparator = (comp, options) => {
  comp = comp.replace(re[t.BUILD], '')
  debug('comp', comp, options)
  comp = replaceCarets(comp, options)
  debug('caret', comp)
  comp = replaceTildes(comp, options)
  debug('tildes', comp)
  comp = replaceXRanges(comp, options)
  debug('xrange', comp)
  comp = replaceStars(comp, options)
  debug('stars', comp)
  return comp
}

const isX = id => !id || id.toLowerCase() === 'x' || id === '*'

const invalidXRangeOrder = (M, m, p) => (
  (isX(M) && !isX(m)) ||
  (isX(m) && p && !isX(p))
)

// ~, ~> --> * (any, kinda silly)
// ~2, ~2.x, ~2.x.x, ~>2, ~>2.x ~>2.x.x --> >=2.0.0 <3.0.0-0
// ~2.0, ~2.0.x, ~>2.0, ~>2.0.x --> >=2.0.0 <2.1.0-0
// ~1.2, ~1.2.x, ~>1.2, ~>1.2.x --> >=1.2.0 <1.3.0-0
// ~1.2.3, ~>1.2.3 --> >=1.2.3 <1.3.0-0
// ~1.2.0, ~>1.2.0 --> >=1.2.0 <1.3.0-0
// ~0.0.1 --> >=0.0.1 <0.1.0-0
const replaceTildes = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceTilde(c, options))
    .join(' ')
}

const replaceTilde = (comp, options) => {
  const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE]
  // if we're including prereleases in the match, then the lower bound is
  // -0, the lowest possible prerelease value, just like x-ranges and carets.
  // this keeps `~1.2` equivalent to the `1.2.x` x-range it's documented as.
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('tilde', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      // ~1.2 == >=1.2.0 <1.3.0-0
      ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
    } else if (pr) {
      debug('replaceTilde pr', pr)
      ret = `>=${M}.${m}.${p}-${pr
      } <${M}.${+m + 1}.0-0`
    } else {
      // ~1.2.3 == >=1.2.3 <1.3.0-0
      ret = `>=${M}.${m}.${p
      } <${M}.${+m + 1}.0-0`
    }

    debug('tilde return', ret)
    return ret
  })
}

// ^ --> * (any, kinda silly)
// ^2, ^2.x, ^2.x.x --> >=2.0.0 <3.0.0-0
// ^2.0, ^2.0.x --> >=2.0.0 <3.0.0-0
// ^1.2, ^1.2.x --> >=1.2.0 <2.0.0-0
// ^1.2.3 --> >=1.2.3 <2.0.0-0
// ^1.2.0 --> >=1.2.0 <2.0.0-0
// ^0.0.1 --> >=0.0.1 <0.0.2-0
// ^0.1.0 --> >=0.1.0 <0.2.0-0
const replaceCarets = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceCaret(c, options))
    .join(' ')
}

const replaceCaret = (comp, options) => {
  debug('caret', comp, options)
  const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET]
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('caret', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      if (M === '0') {
        ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
      } else {
        ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`
      }
    } else if (pr) {
      debug('replaceCaret pr', pr)
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p}-${pr
        } <${+M + 1}.0.0-0`
      }
    } else {
      debug('no pr')
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p
        } <${+M + 1}.0.0-0`
      }
    }

    debug('caret return', ret)
    return ret
  })
}

const replaceXRanges = (comp, options) => {
  debug('replaceXRanges', comp, options)
  return comp
    .split(/\s+/)
    .map((c) => replaceXRange(c, options))
    .join(' ')
}

const replaceXRange = (comp, options) => {
  comp = comp.trim()
  const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE]
  return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
    debug('xRange', comp, ret, gtlt, M, m, p, pr)
    if (invalidXRangeOrder(M, m, p)) {
      return comp
    }

    const xM = isX(M)
    const xm = xM || isX(m)
    const xp = xm || isX(p)
    const anyX = xp

    if (gtlt === '=' && anyX) {
      gtlt = ''
    }

    // if we're including prereleases in the match, then we need
    // to fix this to -0, the lowest possible prerelease value
    pr = options.includePrerelease ? '-0' : ''

    if (xM) {
      if (gtlt === '>' || gtlt === '<') {
        // nothing is allowed
        ret = '<0.0.0-0'
      } else {
        // nothing is forbidden
        ret = '*'
      }
    } else if (gtlt && anyX) {
      // we know patch is an x, because we have any x at all.
      // replace X with 0
      if (xm) {
        m = 0
      }
      p = 0

      if (gtlt === '>') {
        // >1 => >=2.0.0
        // >1.2 => >=1.3.0
        gtlt = '>='
        if (xm) {
          M = +M + 1
          m = 0
          p = 0
        } else {
          m = +m + 1
          p = 0
        }
      } else if (gtlt === '<=') {
        // <=0.7.x is actually <0.8.0, since any 0.7.x should
        // pass.  Similarly, <=7.x is actually <8.0.0, etc.
        gtlt = '<'
        if (xm) {
          M = +M + 1
        } else {
          m = +m + 1
        }
      }

      if (gtlt === '<') {
        pr = '-0'
      }

      ret = `${gtlt + M}.${m}.${p}${pr}`
    } else if (xm) {
      ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`
    } else if (xp) {
      ret = `>=${M}.${m}.0${pr
      } <${M}.${+m + 1}.0-0`
    }

    debug('xRange return', ret)

    return ret
  })
}

// Because * is AND-ed with everything else in the comparator,
// and '' means "any version", just remove the *s entirely.
const replaceStars = (comp, options) => {
  debug('replaceStars', comp, options)
  // Looseness is ignored here.  star is always as loose as it gets!
  return comp
    .trim()
    .replace(re[t.STAR], '')
}

const replaceGTE0 = (comp, options) => {
  debug('replaceGTE0', comp, options)
  return comp
    .trim()
    .replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], '')
}

// This function is passed to string.replace(re[t.HYPHENRANGE])
// M, m, patch, prerelease, build
// 1.2 - 3.4.5 => >=1.2.0 <=3.4.5
// 1.2.3 - 3.4 => >=1.2.0 <3.5.0-0 Any 3.4.x will do
// 1.2 - 3.4 => >=1.2.0 <3.5.0-0
// TODO build?
const hyphenReplace = incPr => ($0,
  from, fM, fm, fp, fpr, fb,
  to, tM, tm, tp, tpr) => {
  if (isX(fM)) {
    from = ''
  } else if (isX(fm)) {
    from = `>=${fM}.0.0${incPr ? '-0' : ''}`
  } else if (isX(fp)) {
    from = `>=${fM}.${fm}.0${incPr ? '-0' : ''}`
  } else if (fpr) {
    from = `>=${from}`
  } else {
    from = `>=${from}${incPr ? '-0' : ''}`
  }

  if (isX(tM)) {
    to = ''
  } else if (isX(tm)) {
    to = `<${+tM + 1}.0.0-0`
  } else if (isX(tp)) {
    to = `<${tM}.${+tm + 1}.0-0`
  } else if (tpr) {
    to = `<=${tM}.${tm}.${tp}-${tpr}`
  } else if (incPr) {
    to = `<${tM}.${tm}.${+tp + 1}-0`
  } else {
    to = `<=${to}`
  }

  return `${from} ${to}`.trim()
}

const testSet = (set, version, options) => {
  for (let i = 0; i < set.length; i++) {
    if (!set[i].test(version)) {
      return false
    }
  }

  if (version.prerelease.length && !options.includePrerelease) {
    // Find the set of versions that are allowed to have prereleases
    // For example, ^1.2.3-pr.1 desugars to >=1.2.3-pr.1 <2.0.0
    // That should allow `1.2.3-pr.2` to pass.
    // However, `1.2.4-alpha.notready` should NOT be allowed,
    // even though it's within the range set by the comparators.
    for (let i = 0; i < set.length; i++) {
      debug(set[i].semver)
      if (set[i].semver === Comparator.ANY) {
        continue
      }

      if (set[i].semver.prerelease.length > 0) {
        const allowed = set[i].semver
        if (allowed.major === version.major &&
            allowed.minor === version.minor &&
            allowed.patch === version.patch) {
          return true
        }
      }
    }

    // Version has a -pre, but it's not one of the ones we like.
    return false
  }

  return true
}


/***/ }),

/***/ 163:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const debug = __nccwpck_require__(159)
const { MAX_LENGTH, MAX_SAFE_INTEGER } = __nccwpck_require__(101)
const { safeRe: re, t } = __nccwpck_require__(471)

const parseOptions = __nccwpck_require__(356)
const { compareIdentifiers } = __nccwpck_require__(348)

const isPrereleaseIdentifier = (prerelease, identifier) => {
  const identifiers = identifier.split('.')
  if (identifiers.length > prerelease.length) {
    return false
  }

  for (let i = 0; i < identifiers.length; i++) {
    if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
      return false
    }
  }

  return true
}

class SemVer {
  constructor (version, options) {
    options = parseOptions(options)

    if (version instanceof SemVer) {
      if (version.loose === !!options.loose &&
        version.includePrerelease === !!options.includePrerelease) {
        return version
      } else {
        version = version.version
      }
    } else if (typeof version !== 'string') {
      throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`)
    }

    if (version.length > MAX_LENGTH) {
      throw new TypeError(
        `version is longer than ${MAX_LENGTH} characters`
      )
    }

    debug('SemVer', version, options)
    this.options = options
    this.loose = !!options.loose
    // this isn't actually relevant for versions, but keep it so that we
    // don't run into trouble passing this.options around.
    this.includePrerelease = !!options.includePrerelease

    const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL])

    if (!m) {
      throw new TypeError(`Invalid Version: ${version}`)
    }

    this.raw = version

    // these are actually numbers
    this.major = +m[1]
    this.minor = +m[2]
    this.patch = +m[3]

    if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
      throw new TypeError('Invalid major version')
    }

    if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
      throw new TypeError('Invalid minor version')
    }

    if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
      throw new TypeError('Invalid patch version')
    }

    // numberify any prerelease numeric ids
    if (!m[4]) {
      this.prerelease = []
    } else {
      this.prerelease = m[4].split('.').map((id) => {
        if (/^[0-9]+$/.test(id)) {
          const num = +id
          if (num >= 0 && num < MAX_SAFE_INTEGER) {
            return num
          }
        }
        return id
      })
    }

    this.build = m[5] ? m[5].split('.') : []
    this.format()
  }

  format () {
    this.version = `${this.major}.${this.minor}.${this.patch}`
    if (this.prerelease.length) {
      this.version += `-${this.prerelease.join('.')}`
    }
    return this.version
  }

  toString () {
    return this.version
  }

  compare (other) {
    debug('SemVer.compare', this.version, this.options, other)
    if (!(other instanceof SemVer)) {
      if (typeof other === 'string' && other === this.version) {
        return 0
      }
      other = new SemVer(other, this.options)
    }

    if (other.version === this.version) {
      return 0
    }

    return this.compareMain(other) || this.comparePre(other)
  }

  compareMain (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    if (this.major < other.major) {
      return -1
    }
    if (this.major > other.major) {
      return 1
    }
    if (this.minor < other.minor) {
      return -1
    }
    if (this.minor > other.minor) {
      return 1
    }
    if (this.patch < other.patch) {
      return -1
    }
    if (this.patch > other.patch) {
      return 1
    }
    return 0
  }

  comparePre (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    // NOT having a prerelease is > having one
    if (this.prerelease.length && !other.prerelease.length) {
      return -1
    } else if (!this.prerelease.length && other.prerelease.length) {
      return 1
    } else if (!this.prerelease.length && !other.prerelease.length) {
      return 0
    }

    let i = 0
    do {
      const a = this.prerelease[i]
      const b = other.prerelease[i]
      debug('prerelease compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  compareBuild (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    let i = 0
    do {
      const a = this.build[i]
      const b = other.build[i]
      debug('build compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  // preminor will bump the version up to the next minor release, and immediately
  // down to pre-release. premajor and prepatch work the same way.
  inc (release, identifier, identifierBase) {
    if (release.startsWith('pre')) {
      if (!identifier && identifierBase === false) {
        throw new Error('invalid increment argument: identifier is empty')
      }
      // Avoid an invalid semver results
      if (identifier) {
        const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE])
        if (!match || match[1] !== identifier) {
          throw new Error(`invalid identifier: ${identifier}`)
        }
      }
    }

    switch (release) {
      case 'premajor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor = 0
        this.major++
        this.inc('pre', identifier, identifierBase)
        break
      case 'preminor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor++
        this.inc('pre', identifier, identifierBase)
        break
      case 'prepatch':
        // If this is already a prerelease, it will bump to the next version
        // drop any prereleases that might already exist, since they are not
        // relevant at this point.
        this.prerelease.length = 0
        this.inc('patch', identifier, identifierBase)
        this.inc('pre', identifier, identifierBase)
        break
      // If the input is a non-prerelease version, this acts the same as
      // prepatch.
      case 'prerelease':
        if (this.prerelease.length === 0) {
          this.inc('patch', identifier, identifierBase)
        }
        this.inc('pre', identifier, identifierBase)
        break
      case 'release':
        if (this.prerelease.length === 0) {
          throw new Error(`version ${this.raw} is not a prerelease`)
        }
        this.prerelease.length = 0
        break

      case 'major':
        // If this is a pre-major version, bump up to the same major version.
        // Otherwise increment major.
        // 1.0.0-5 bumps to 1.0.0
        // 1.1.0 bumps to 2.0.0
        if (
          this.minor !== 0 ||
          this.patch !== 0 ||
          this.prerelease.length === 0
        ) {
          this.major++
        }
        this.minor = 0
        this.patch = 0
        this.prerelease = []
        break
      case 'minor':
        // If this is a pre-minor version, bump up to the same minor version.
        // Otherwise increment minor.
        // 1.2.0-5 bumps to 1.2.0
        // 1.2.1 bumps to 1.3.0
        if (this.patch !== 0 || this.prerelease.length === 0) {
          this.minor++
        }
        this.patch = 0
        this.prerelease = []
        break
      case 'patch':
        // If this is not a pre-release version, it will increment the patch.
        // If it is a pre-release it will bump up to the same patch version.
        // 1.2.0-5 patches to 1.2.0
        // 1.2.0 patches to 1.2.1
        if (this.prerelease.length === 0) {
          this.patch++
        }
        this.prerelease = []
        break
      // This probably shouldn't be used publicly.
      // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
      case 'pre': {
        const base = Number(identifierBase) ? 1 : 0

        if (this.prerelease.length === 0) {
          this.prerelease = [base]
        } else {
          let i = this.prerelease.length
          while (--i >= 0) {
            if (typeof this.prerelease[i] === 'number') {
              this.prerelease[i]++
              i = -2
            }
          }
          if (i === -1) {
            // didn't increment anything
            if (identifier === this.prerelease.join('.') && identifierBase === false) {
              throw new Error('invalid increment argument: identifier already exists')
            }
            this.prerelease.push(base)
          }
        }
        if (identifier) {
          // 1.2.0-beta.1 bumps to 1.2.0-beta.2,
          // 1.2.0-beta.fooblz or 1.2.0-beta bumps to 1.2.0-beta.0
          let prerelease = [identifier, base]
          if (identifierBase === false) {
            prerelease = [identifier]
          }
          if (isPrereleaseIdentifier(this.prerelease, identifier)) {
            const prereleaseBase = this.prerelease[identifier.split('.').length]
            if (isNaN(prereleaseBase)) {
              this.prerelease = prerelease
            }
          } else {
            this.prerelease = prerelease
          }
        }
        break
      }
      default:
        throw new Error(`invalid increment argument: ${release}`)
    }
    this.raw = this.format()
    if (this.build.length) {
      this.raw += `+${this.build.join('.')}`
    }
    return this
  }
}

module.exports = SemVer


/***/ }),

/***/ 799:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(353)
const clean = (version, options) => {
  const s = parse(version.trim().replace(/^[=v]+/, ''), options)
  return s ? s.version : null
}
module.exports = clean


/***/ }),

/***/ 646:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const eq = __nccwpck_require__(82)
const neq = __nccwpck_require__(974)
const gt = __nccwpck_require__(599)
const gte = __nccwpck_require__(236)
const lt = __nccwpck_require__(491)
const lte = __nccwpck_require__(717)

const cmp = (a, op, b, loose) => {
  switch (op) {
    case '===':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a === b

    case '!==':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a !== b

    case '':
    case '=':
    case '==':
      return eq(a, b, loose)

    case '!=':
      return neq(a, b, loose)

    case '>':
      return gt(a, b, loose)

    case '>=':
      return gte(a, b, loose)

    case '<':
      return lt(a, b, loose)

    case '<=':
      return lte(a, b, loose)

    default:
      throw new TypeError(`Invalid operator: ${op}`)
  }
}
module.exports = cmp


/***/ }),

/***/ 385:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(163)
const parse = __nccwpck_require__(353)
const { safeRe: re, t } = __nccwpck_require__(471)

const coerce = (version, options) => {
  if (version instanceof SemVer) {
    return version
  }

  if (typeof version === 'number') {
    version = String(version)
  }

  if (typeof version !== 'string') {
    return null
  }

  options = options || {}

  let match = null
  if (!options.rtl) {
    match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE])
  } else {
    // Find the right-most coercible string that does not share
    // a terminus with a more left-ward coercible string.
    // Eg, '1.2.3.4' wants to coerce '2.3.4', not '3.4' or '4'
    // With includePrerelease option set, '1.2.3.4-rc' wants to coerce '2.3.4-rc', not '2.3.4'
    //
    // Walk through the string checking with a /g regexp
    // Manually set the index so as to pick up overlapping matches.
    // Stop when we get a match that ends at the string end, since no
    // coercible string can be more right-ward without the same terminus.
    const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL]
    let next
    while ((next = coerceRtlRegex.exec(version)) &&
        (!match || match.index + match[0].length !== version.length)
    ) {
      if (!match ||
            next.index + next[0].length !== match.index + match[0].length) {
        match = next
      }
      coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length
    }
    // leave it in a clean state
    coerceRtlRegex.lastIndex = -1
  }

  if (match === null) {
    return null
  }

  const major = match[2]
  const minor = match[3] || '0'
  const patch = match[4] || '0'
  const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : ''
  const build = options.includePrerelease && match[6] ? `+${match[6]}` : ''

  return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options)
}
module.exports = coerce


/***/ }),

/***/ 648:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(163)
const compareBuild = (a, b, loose) => {
  const versionA = new SemVer(a, loose)
  const versionB = new SemVer(b, loose)
  return versionA.compare(versionB) || versionA.compareBuild(versionB)
}
module.exports = compareBuild


/***/ }),

/***/ 874:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(469)
const compareLoose = (a, b) => compare(a, b, true)
module.exports = compareLoose


/***/ }),

/***/ 469:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(163)
const compare = (a, b, loose) =>
  new SemVer(a, loose).compare(new SemVer(b, loose))

module.exports = compare


/***/ }),

/***/ 711:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(353)

const diff = (version1, version2) => {
  const v1 = parse(version1, null, true)
  const v2 = parse(version2, null, true)
  const comparison = v1.compare(v2)

  if (comparison === 0) {
    return null
  }

  const v1Higher = comparison > 0
  const highVersion = v1Higher ? v1 : v2
  const lowVersion = v1Higher ? v2 : v1
  const highHasPre = !!highVersion.prerelease.length
  const lowHasPre = !!lowVersion.prerelease.length

  if (lowHasPre && !highHasPre) {
    // Going from prerelease -> no prerelease requires some special casing

    // If the low version has only a major, then it will always be a major
    // Some examples:
    // 1.0.0-1 -> 1.0.0
    // 1.0.0-1 -> 1.1.1
    // 1.0.0-1 -> 2.0.0
    if (!lowVersion.patch && !lowVersion.minor) {
      return 'major'
    }

    // If the main part has no difference
    if (lowVersion.compareMain(highVersion) === 0) {
      if (lowVersion.minor && !lowVersion.patch) {
        return 'minor'
      }
      return 'patch'
    }
  }

  // add the `pre` prefix if we are going to a prerelease version
  const prefix = highHasPre ? 'pre' : ''

  if (v1.major !== v2.major) {
    return prefix + 'major'
  }

  if (v1.minor !== v2.minor) {
    return prefix + 'minor'
  }

  if (v1.patch !== v2.patch) {
    return prefix + 'patch'
  }

  // high and low are prereleases
  return 'prerelease'
}

module.exports = diff


/***/ }),

/***/ 82:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(469)
const eq = (a, b, loose) => compare(a, b, loose) === 0
module.exports = eq


/***/ }),

/***/ 599:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(469)
const gt = (a, b, loose) => compare(a, b, loose) > 0
module.exports = gt


/***/ }),

/***/ 236:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(469)
const gte = (a, b, loose) => compare(a, b, loose) >= 0
module.exports = gte


/***/ }),

/***/ 338:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(163)

const inc = (version, release, options, identifier, identifierBase) => {
  if (typeof (options) === 'string') {
    identifierBase = identifier
    identifier = options
    options = undefined
  }

  try {
    return new SemVer(
      version instanceof SemVer ? version.version : version,
      options
    ).inc(release, identifier, identifierBase).version
  } catch (er) {
    return null
  }
}
module.exports = inc


/***/ }),

/***/ 491:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(469)
const lt = (a, b, loose) => compare(a, b, loose) < 0
module.exports = lt


/***/ }),

/***/ 717:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(469)
const lte = (a, b, loose) => compare(a, b, loose) <= 0
module.exports = lte


/***/ }),

/***/ 511:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(163)
const major = (a, loose) => new SemVer(a, loose).major
module.exports = major


/***/ }),

/***/ 603:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(163)
const minor = (a, loose) => new SemVer(a, loose).minor
module.exports = minor


/***/ }),

/***/ 974:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(469)
const neq = (a, b, loose) => compare(a, b, loose) !== 0
module.exports = neq


/***/ }),

/***/ 353:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(163)
const parse = (version, options, throwErrors = false) => {
  if (version instanceof SemVer) {
    return version
  }
  try {
    return new SemVer(version, options)
  } catch (er) {
    if (!throwErrors) {
      return null
    }
    throw er
  }
}

module.exports = parse


/***/ }),

/***/ 756:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(163)
const patch = (a, loose) => new SemVer(a, loose).patch
module.exports = patch


/***/ }),

/***/ 714:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(353)
const prerelease = (version, options) => {
  const parsed = parse(version, options)
  return (parsed && parsed.prerelease.length) ? parsed.prerelease : null
}
module.exports = prerelease


/***/ }),

/***/ 173:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(469)
const rcompare = (a, b, loose) => compare(b, a, loose)
module.exports = rcompare


/***/ }),

/***/ 192:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(648)
const rsort = (list, loose) => list.sort((a, b) => compareBuild(b, a, loose))
module.exports = rsort


/***/ }),

/***/ 11:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(782)
const satisfies = (version, range, options) => {
  try {
    range = new Range(range, options)
  } catch (er) {
    return false
  }
  return range.test(version)
}
module.exports = satisfies


/***/ }),

/***/ 872:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(648)
const sort = (list, loose) => list.sort((a, b) => compareBuild(a, b, loose))
module.exports = sort


/***/ }),

/***/ 114:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(353)
const constants = __nccwpck_require__(101)
const SemVer = __nccwpck_require__(163)

const truncate = (version, truncation, options) => {
  if (!constants.RELEASE_TYPES.includes(truncation)) {
    return null
  }

  const clonedVersion = cloneInputVersion(version, options)
  return clonedVersion && doTruncation(clonedVersion, truncation)
}

const cloneInputVersion = (version, options) => {
  const versionStringToParse = (
    version instanceof SemVer ? version.version : version
  )

  return parse(versionStringToParse, options)
}

const doTruncation = (version, truncation) => {
  if (isPrerelease(truncation)) {
    return version.version
  }

  version.prerelease = []

  switch (truncation) {
    case 'major':
      version.minor = 0
      version.patch = 0
      break
    case 'minor':
      version.patch = 0
      break
  }

  return version.format()
}

const isPrerelease = (type) => {
  return type.startsWith('pre')
}

module.exports = truncate


/***/ }),

/***/ 780:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(353)
const valid = (version, options) => {
  const v = parse(version, options)
  return v ? v.version : null
}
module.exports = valid


/***/ }),

/***/ 88:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// just pre-load all the stuff that index.js lazily exports
const internalRe = __nccwpck_require__(471)
const constants = __nccwpck_require__(101)
const SemVer = __nccwpck_require__(163)
const identifiers = __nccwpck_require__(348)
const parse = __nccwpck_require__(353)
const valid = __nccwpck_require__(780)
const clean = __nccwpck_require__(799)
const inc = __nccwpck_require__(338)
const diff = __nccwpck_require__(711)
const major = __nccwpck_require__(511)
const minor = __nccwpck_require__(603)
const patch = __nccwpck_require__(756)
const prerelease = __nccwpck_require__(714)
const compare = __nccwpck_require__(469)
const rcompare = __nccwpck_require__(173)
const compareLoose = __nccwpck_require__(874)
const compareBuild = __nccwpck_require__(648)
const sort = __nccwpck_require__(872)
const rsort = __nccwpck_require__(192)
const gt = __nccwpck_require__(599)
const lt = __nccwpck_require__(491)
const eq = __nccwpck_require__(82)
const neq = __nccwpck_require__(974)
const gte = __nccwpck_require__(236)
const lte = __nccwpck_require__(717)
const cmp = __nccwpck_require__(646)
const coerce = __nccwpck_require__(385)
const truncate = __nccwpck_require__(114)
const Comparator = __nccwpck_require__(379)
const Range = __nccwpck_require__(782)
const satisfies = __nccwpck_require__(11)
const toComparators = __nccwpck_require__(750)
const maxSatisfying = __nccwpck_require__(193)
const minSatisfying = __nccwpck_require__(595)
const minVersion = __nccwpck_require__(866)
const validRange = __nccwpck_require__(118)
const outside = __nccwpck_require__(280)
const gtr = __nccwpck_require__(276)
const ltr = __nccwpck_require__(213)
const intersects = __nccwpck_require__(465)
const simplifyRange = __nccwpck_require__(28)
const subset = __nccwpck_require__(489)
module.exports = {
  parse,
  valid,
  clean,
  inc,
  diff,
  major,
  minor,
  patch,
  prerelease,
  compare,
  rcompare,
  compareLoose,
  compareBuild,
  sort,
  rsort,
  gt,
  lt,
  eq,
  neq,
  gte,
  lte,
  cmp,
  coerce,
  truncate,
  Comparator,
  Range,
  satisfies,
  toComparators,
  maxSatisfying,
  minSatisfying,
  minVersion,
  validRange,
  outside,
  gtr,
  ltr,
  intersects,
  simplifyRange,
  subset,
  SemVer,
  re: internalRe.re,
  src: internalRe.src,
  tokens: internalRe.t,
  SEMVER_SPEC_VERSION: constants.SEMVER_SPEC_VERSION,
  RELEASE_TYPES: constants.RELEASE_TYPES,
  compareIdentifiers: identifiers.compareIdentifiers,
  rcompareIdentifiers: identifiers.rcompareIdentifiers,
}


/***/ }),

/***/ 101:
/***/ ((module) => {



// Note: this is the semver.org version of the spec that it implements
// Not necessarily the package version of this code.
const SEMVER_SPEC_VERSION = '2.0.0'

const MAX_LENGTH = 256
const MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER ||
/* istanbul ignore next */ 9007199254740991

// Max safe segment length for coercion.
const MAX_SAFE_COMPONENT_LENGTH = 16

// Max safe length for a build identifier. The max length minus 6 characters for
// the shortest version with a build 0.0.0+BUILD.
const MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6

// ECMAScript whitespace and line terminators matched by \s.
const WHITESPACE_CHARACTERS = [
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  ' ',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2001',
  '\u2002',
  '\u2003',
  '\u2004',
  '\u2005',
  '\u2006',
  '\u2007',
  '\u2008',
  '\u2009',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
]

const RELEASE_TYPES = [
  'major',
  'premajor',
  'minor',
  'preminor',
  'patch',
  'prepatch',
  'prerelease',
]

module.exports = {
  MAX_LENGTH,
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_SAFE_INTEGER,
  WHITESPACE_CHARACTERS,
  RELEASE_TYPES,
  SEMVER_SPEC_VERSION,
  FLAG_INCLUDE_PRERELEASE: 0b001,
  FLAG_LOOSE: 0b010,
}


/***/ }),

/***/ 159:
/***/ ((module) => {



const debug = (
  typeof process === 'object' &&
  process.env &&
  process.env.NODE_DEBUG &&
  /\bsemver\b/i.test(process.env.NODE_DEBUG)
) ? (...args) => console.error('SEMVER', ...args)
  : () => {}

module.exports = debug


/***/ }),

/***/ 348:
/***/ ((module) => {



const numeric = /^[0-9]+$/
const compareIdentifiers = (a, b) => {
  if (typeof a === 'number' && typeof b === 'number') {
    return a === b ? 0 : a < b ? -1 : 1
  }

  const anum = numeric.test(a)
  const bnum = numeric.test(b)

  if (anum && bnum) {
    a = +a
    b = +b
  }

  return a === b ? 0
    : (anum && !bnum) ? -1
    : (bnum && !anum) ? 1
    : a < b ? -1
    : 1
}

const rcompareIdentifiers = (a, b) => compareIdentifiers(b, a)

module.exports = {
  compareIdentifiers,
  rcompareIdentifiers,
}


/***/ }),

/***/ 383:
/***/ ((module) => {



class LRUCache {
  constructor () {
    this.max = 1000
    this.map = new Map()
  }

  get (key) {
    const value = this.map.get(key)
    if (value === undefined) {
      return undefined
    } else {
      // Remove the key from the map and add it to the end
      this.map.delete(key)
      this.map.set(key, value)
      return value
    }
  }

  delete (key) {
    return this.map.delete(key)
  }

  set (key, value) {
    const deleted = this.delete(key)

    if (!deleted && value !== undefined) {
      // If cache is full, delete the least recently used item
      if (this.map.size >= this.max) {
        const firstKey = this.map.keys().next().value
        this.delete(firstKey)
      }

      this.map.set(key, value)
    }

    return this
  }
}

module.exports = LRUCache


/***/ }),

/***/ 356:
/***/ ((module) => {



// parse out just the options we care about
const looseOption = Object.freeze({ loose: true })
const emptyOpts = Object.freeze({ })
const parseOptions = options => {
  if (!options) {
    return emptyOpts
  }

  if (typeof options !== 'object') {
    return looseOption
  }

  return options
}
module.exports = parseOptions


/***/ }),

/***/ 471:
/***/ ((module, exports, __nccwpck_require__) => {



const {
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_LENGTH,
} = __nccwpck_require__(101)
const debug = __nccwpck_require__(159)
exports = module.exports = {}

// The actual regexps go on exports.re
const re = exports.re = []
const safeRe = exports.safeRe = []
const src = exports.src = []
const safeSrc = exports.safeSrc = []
const t = exports.t = {}
let R = 0

const LETTERDASHNUMBER = '[a-zA-Z0-9-]'

// Replace some greedy regex tokens to prevent regex dos issues. These regex are
// used internally via the safeRe object since all inputs in this library get
// normalized first to trim and collapse all extra whitespace. The original
// regexes are exported for userland consumption and lower level usage. A
// future breaking change could export the safer regex only with a note that
// all input should have extra whitespace removed.
const safeRegexReplacements = [
  ['\\s', 1],
  ['\\d', MAX_LENGTH],
  [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH],
]

const makeSafeRegex = (value) => {
  for (const [token, max] of safeRegexReplacements) {
    value = value
      .split(`${token}*`).join(`${token}{0,${max}}`)
      .split(`${token}+`).join(`${token}{1,${max}}`)
  }
  return value
}

const createToken = (name, value, isGlobal) => {
  const safe = makeSafeRegex(value)
  const index = R++
  debug(name, index, value)
  t[name] = index
  src[index] = value
  safeSrc[index] = safe
  re[index] = new RegExp(value, isGlobal ? 'g' : undefined)
  safeRe[index] = new RegExp(safe, isGlobal ? 'g' : undefined)
}

// The following Regular Expressions can be used for tokenizing,
// validating, and parsing SemVer version strings.

// ## Numeric Identifier
// A single `0`, or a non-zero digit followed by zero or more digits.

createToken('NUMERICIDENTIFIER', '0|[1-9]\\d*')
createToken('NUMERICIDENTIFIERLOOSE', '\\d+')

// ## Non-numeric Identifier
// Zero or more digits, followed by a letter or hyphen, and then zero or
// more letters, digits, or hyphens.

createToken('NONNUMERICIDENTIFIER', `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`)

// ## Main Version
// Three dot-separated numeric identifiers.

createToken('MAINVERSION', `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})`)

createToken('MAINVERSIONLOOSE', `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version Identifier
// A numeric identifier, or a non-numeric identifier.
// Non-numeric identifiers include numeric identifiers but can be longer.
// Therefore non-numeric identifiers must go first.

createToken('PRERELEASEIDENTIFIER', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIER]})`)

createToken('PRERELEASEIDENTIFIERLOOSE', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version
// Hyphen, followed by one or more dot-separated pre-release version
// identifiers.

createToken('PRERELEASE', `(?:-(${src[t.PRERELEASEIDENTIFIER]
}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`)

createToken('PRERELEASELOOSE', `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]
}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`)

// ## Build Metadata Identifier
// Any combination of digits, letters, or hyphens.

createToken('BUILDIDENTIFIER', `${LETTERDASHNUMBER}+`)

// ## Build Metadata
// Plus sign, followed by one or more period-separated build metadata
// identifiers.

createToken('BUILD', `(?:\\+(${src[t.BUILDIDENTIFIER]
}(?:\\.${src[t.BUILDIDENTIFIER]})*))`)

// ## Full Version String
// A main version, followed optionally by a pre-release version and
// build metadata.

// Note that the only major, minor, patch, and pre-release sections of
// the version string are capturing groups.  The build metadata is not a
// capturing group, because it should not ever be used in version
// comparison.

createToken('FULLPLAIN', `v?${src[t.MAINVERSION]
}${src[t.PRERELEASE]}?${
  src[t.BUILD]}?`)

createToken('FULL', `^${src[t.FULLPLAIN]}$`)

// like full, but allows v1.2.3 and =1.2.3, which people do sometimes.
// also, 1.0.0alpha1 (prerelease without the hyphen) which is pretty
// common in the npm registry.
createToken('LOOSEPLAIN', `[v=\\s]*${src[t.MAINVERSIONLOOSE]
}${src[t.PRERELEASELOOSE]}?${
  src[t.BUILD]}?`)

createToken('LOOSE', `^${src[t.LOOSEPLAIN]}$`)

createToken('GTLT', '((?:<|>)?=?)')

// Something like "2.*" or "1.2.x".
// Note that "x.x" is a valid xRange identifier, meaning "any version"
// Only the first item is strictly required.
createToken('XRANGEIDENTIFIERLOOSE', `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`)
createToken('XRANGEIDENTIFIER', `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`)

createToken('XRANGEPLAIN', `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:${src[t.PRERELEASE]})?${
                     src[t.BUILD]}?` +
                   `)?)?`)

createToken('XRANGEPLAINLOOSE', `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:${src[t.PRERELEASELOOSE]})?${
                          src[t.BUILD]}?` +
                        `)?)?`)

createToken('XRANGE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`)
createToken('XRANGELOOSE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`)

// Coercion.
// Extract anything that could conceivably be a part of a valid semver
createToken('COERCEPLAIN', `${'(^|[^\\d])' +
              '(\\d{1,'}${MAX_SAFE_COMPONENT_LENGTH}})` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`)
createToken('COERCE', `${src[t.COERCEPLAIN]}(?:$|[^\\d])`)
createToken('COERCEFULL', src[t.COERCEPLAIN] +
              `(?:${src[t.PRERELEASE]})?` +
              `(?:${src[t.BUILD]})?` +
              `(?:$|[^\\d])`)
createToken('COERCERTL', src[t.COERCE], true)
createToken('COERCERTLFULL', src[t.COERCEFULL], true)

// Tilde ranges.
// Meaning is "reasonably at or greater than"
createToken('LONETILDE', '(?:~>?)')

createToken('TILDETRIM', `(\\s*)${src[t.LONETILDE]}\\s+`, true)
exports.tildeTrimReplace = '$1~'

createToken('TILDE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`)
createToken('TILDELOOSE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`)

// Caret ranges.
// Meaning is "at least and backwards compatible with"
createToken('LONECARET', '(?:\\^)')

createToken('CARETTRIM', `(\\s*)${src[t.LONECARET]}\\s+`, true)
exports.caretTrimReplace = '$1^'

createToken('CARET', `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`)
createToken('CARETLOOSE', `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`)

// A simple gt/lt/eq thing, or just "" to indicate "any version"
createToken('COMPARATORLOOSE', `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`)
createToken('COMPARATOR', `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`)

// An expression to strip any whitespace between the gtlt and the thing
// it modifies, so that `> 1.2.3` ==> `>1.2.3`
createToken('COMPARATORTRIM', `(\\s*)${src[t.GTLT]
}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true)
exports.comparatorTrimReplace = '$1$2$3'

// Something like `1.2.3 - 1.2.4`
// Note that these all use the loose form, because they'll be
// checked against either the strict or loose comparator form
// later.
createToken('HYPHENRANGE', `^\\s*(${src[t.XRANGEPLAIN]})` +
                   `\\s+-\\s+` +
                   `(${src[t.XRANGEPLAIN]})` +
                   `\\s*$`)

createToken('HYPHENRANGELOOSE', `^\\s*(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s+-\\s+` +
                        `(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s*$`)

// Star ranges basically just allow anything at all.
createToken('STAR', '(<|>)?=?\\s*\\*')
// >=0.0.0 is like a star
createToken('GTE0', '^\\s*>=\\s*0\\.0\\.0\\s*$')
createToken('GTE0PRE', '^\\s*>=\\s*0\\.0\\.0-0\\s*$')


/***/ }),

/***/ 737:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

// @ts-check


// Reproduce safeRe[COMPARATORTRIM] replacement boundaries, not version
// validation. Each end-index finder returns an exclusive end, or its start
// on no match.
// Positions count from zero. An end of 3 means characters 0, 1, and 2 were read;
// range.slice(start, end) gives the matched text, not a converted number.
const {
  MAX_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  WHITESPACE_CHARACTERS,
} = __nccwpck_require__(101)

/**
 * Remembers the last two rows of digits so their characters need not be reread.
 * Positions start at -1 until a row has been found.
 *
 * @typedef {object} DigitRunCache
 * @property {number} start The first character of the most recently found row.
 * @property {number} end The position after that row's last character.
 * @property {number} previousStart The first character of the previous row.
 * @property {number} previousEnd The position after the previous row.
 */

// One entry per UTF-16 code unit keeps membership checks constant-time.
const whitespace = new Uint8Array(0x10000)
for (const char of WHITESPACE_CHARACTERS) {
  whitespace[char.charCodeAt(0)] = 1
}

/**
 * Checks whether a character is whitespace, like a space, tab, or newline.
 * Looking past the end of the string returns false.
 *
 * @param {string|undefined} char One character, or undefined past the string's end.
 * @returns {boolean} Whether the character is whitespace.
 * @example isWhitespace(' ') // true
 * @example isWhitespace('1') // false
 */
const isWhitespace = char =>
  char !== undefined && whitespace[char.charCodeAt(0)] === 1

/**
 * Checks for v, =, or whitespace before the version number.
 * These are historical version prefixes, not range operators:
 * < and > are handled separately, as are tilde and caret ranges.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can belong to a version prefix.
 * @example isVersionPrefix('=') // true
 * @example isVersionPrefix('>') // false
 */
const isVersionPrefix = char =>
  char === 'v' ||
  char === '=' ||
  isWhitespace(char)

/**
 * Checks whether a character is one of the digits 0 through 9.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII digit.
 * @example isDigit('7') // true
 * @example isDigit('.') // false
 */
const isDigit = char => char !== undefined && char >= '0' && char <= '9'

/**
 * Checks whether a character is an English letter, uppercase or lowercase.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII letter.
 * @example isLetter('b') // true
 * @example isLetter('7') // false
 */
const isLetter = char =>
  char !== undefined && (
    (char >= 'a' && char <= 'z') ||
    (char >= 'A' && char <= 'Z')
  )

/**
 * Checks for a letter, digit, or hyphen: the characters allowed inside
 * prerelease and build names such as beta-1.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can be part of an identifier.
 * @example isIdentifierCharacter('-') // true
 * @example isIdentifierCharacter('.') // false; dots separate identifiers
 */
const isIdentifierCharacter = char => isDigit(char) || isLetter(char) || char === '-'

/**
 * Checks whether a version component can begin here: with a digit or
 * a wildcard such as x, X, or *.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether a number or wildcard can start with this character.
 * @example isVersionStart('x') // true
 * @example isVersionStart('v') // false; v belongs to the prefix
 */
const isVersionStart = char =>
  isDigit(char) ||
  char === 'x' ||
  char === 'X' ||
  char === '*'

/**
 * Finds the end of a row of digits, but returns no more than limit digits.
 * Remembers the last two rows so looking at them again does not reread them.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first character to check.
 * @param {number} limit The most digit characters the returned match can include.
 * @param {DigitRunCache} digitRuns Shared cache of digit-run positions, updated in place.
 * @returns {number} The position after the matched digits, or start if none match.
 * @example findDigitsEndIndex('123abc', 0, 10, digitRuns) // 3, pointing at a
 * @example findDigitsEndIndex('123abc', 0, 2, digitRuns) // 2, pointing at the unread 3
 */
const findDigitsEndIndex = (range, start, limit, digitRuns) => {
  if (!isDigit(range[start])) {
    return start
  }
  if (start >= digitRuns.start && start < digitRuns.end) {
    return Math.min(start + limit, digitRuns.end)
  }
  if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
    return Math.min(start + limit, digitRuns.previousEnd)
  }
  let end = start + 1
  while (isDigit(range[end])) {
    end++
  }
  // A failed full version can rewind from its second run to its first.
  digitRuns.previousStart = digitRuns.start
  digitRuns.previousEnd = digitRuns.end
  digitRuns.start = start
  digitRuns.end = end
  return Math.min(start + limit, end)
}

/**
 * Reads a number using the old regex's length and leading-zero rules.
 * Strict mode reads just the first zero in 012; loose mode can read all three.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the number should begin.
 * @param {boolean} loose Whether to allow leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched digits, not their numeric value.
 * @example findVersionNumberEndIndex('012', 0, false, digitRuns) // 1
 * @example findVersionNumberEndIndex('012', 0, true, digitRuns) // 3
 */
const findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
  if (!loose && range[start] === '0') {
    return start + 1
  }
  // Strict syntax allows an initial nonzero digit plus MAX_LENGTH digits.
  return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns)
}

/**
 * Reads one piece of a prerelease name, such as beta or 1 in beta.1.
 * Tries the letter-or-hyphen form first, then the number-only form.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @param {boolean} loose Whether numeric identifiers may have leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findPrereleaseIdentifierEndIndex('beta.1', 0, false, digitRuns) // 4, at the dot
 * @example findPrereleaseIdentifierEndIndex('001beta', 0, false, digitRuns) // 7
 */
const findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
  const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns)
  // The legacy regex tries a nonnumeric identifier before a numeric one.
  if (isLetter(range[digitsEnd]) || range[digitsEnd] === '-') {
    let end = digitsEnd + 1
    const limit = end + MAX_SAFE_BUILD_LENGTH
    while (end < limit && isIdentifierCharacter(range[end])) {
      end++
    }
    return end
  }
  return findVersionNumberEndIndex(range, start, loose, digitRuns)
}

/**
 * Reads a prerelease suffix such as -beta.1, one dot-separated piece at a time.
 * Loose mode also allows the name without its opening hyphen.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the suffix should begin, including -.
 * @param {boolean} loose Whether the opening hyphen is optional and zeros allowed.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched suffix, or start if absent.
 * @example findPrereleaseEndIndex('-beta.1+sha', 0, false, digitRuns) // 7, at the plus
 * @example findPrereleaseEndIndex('beta', 0, false, digitRuns) // 0; no opening hyphen
 */
const findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
  const hyphen = range[start] === '-'
  if (!loose && !hyphen) {
    return start
  }
  const identifierStart = start + (hyphen ? 1 : 0)
  let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns)
  if (end === identifierStart) {
    if (!loose || !hyphen) {
      return start
    }
    // In loose syntax, a lone hyphen can itself be the identifier.
    end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns)
  }
  while (range[end] === '.') {
    const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads one build-name piece, such as sha or 123 in +sha.123.
 * Stops at a disallowed character or the old regex's length limit.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findBuildIdentifierEndIndex('sha.123', 0) // 3, at the dot
 * @example findBuildIdentifierEndIndex('001', 0) // 3; leading zeros are allowed
 */
const findBuildIdentifierEndIndex = (range, start) => {
  let end = start
  while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
    end++
  }
  return end
}

/**
 * Reads optional build metadata such as +sha.123.
 * Leaves the position unchanged if there is no plus sign followed by a name.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the opening + should be.
 * @returns {number} The position after the matched metadata, or start if absent.
 * @example findBuildEndIndex('+sha.123 <2', 0) // 8, at the space
 * @example findBuildEndIndex('+', 0) // 0; a plus sign alone is not a match
 */
const findBuildEndIndex = (range, start) => {
  if (range[start] !== '+') {
    return start
  }
  let end = findBuildIdentifierEndIndex(range, start + 1)
  if (end === start + 1) {
    return start
  }
  while (range[end] === '.') {
    const next = findBuildIdentifierEndIndex(range, end + 1)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads three numbers separated by dots, then any prerelease and build suffixes.
 * Uses loose rules, so forms such as 01.02.03beta can match here.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first number, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the version match, or start if none matches.
 * @example findLooseFullVersionEndIndex('1.2.3-beta+sha <2', 0, digitRuns) // 14
 * @example findLooseFullVersionEndIndex('1.2', 0, digitRuns) // 0; needs three numbers
 */
const findLooseFullVersionEndIndex = (range, start, digitRuns) => {
  let end = start
  for (let component = 0; component < 3; component++) {
    const next = findVersionNumberEndIndex(range, end, true, digitRuns)
    if (next === end) {
      return start
    }
    end = next
    if (component < 2) {
      if (range[end] !== '.') {
        return start
      }
      end++
    }
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Reads one component of a partial or wildcard version, such as 2 or x in 2.x.
 * Numbers use strict leading-zero rules; wildcards take up one character.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the component should begin.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the component, or start if none matches.
 * @example findPartialVersionComponentEndIndex('2.x', 0, digitRuns) // 1, at the dot
 * @example findPartialVersionComponentEndIndex('2.x', 2, digitRuns) // 3, after x
 */
const findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
  if (isDigit(range[start])) {
    return findVersionNumberEndIndex(range, start, false, digitRuns)
  }
  return isVersionStart(range[start]) ? start + 1 : start
}

/**
 * Reads up to three components, allowing forms such as 1, 1.2, or 1.x.
 * After the third component, also reads any strict prerelease and build suffixes.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched version text.
 * @example findPartialVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 * @example findPartialVersionEndIndex('1.', 0, digitRuns) // 1; the trailing dot is unread
 */
const findPartialVersionEndIndex = (range, start, digitRuns) => {
  let end = findPartialVersionComponentEndIndex(range, start, digitRuns)
  for (let component = 0; component < 2; component++) {
    if (range[end] !== '.') {
      return end
    }
    const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns)
    if (next === end + 1) {
      return end
    }
    end = next
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Finds where a version match ends, without deciding whether the range is valid.
 * Tries a loose full version first, then a partial or wildcard version, just
 * like the old regex's LOOSEPLAIN and XRANGEPLAIN alternatives.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position where scanning the next candidate can resume.
 * @example findVersionEndIndex('1.2.3 <2', 0, digitRuns) // 5, at the space
 * @example findVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 */
const findVersionEndIndex = (range, start, digitRuns) => {
  const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns)
  return fullVersionEnd !== start
    ? fullVersionEnd
    : findPartialVersionEndIndex(range, start, digitRuns)
}

/**
 * Finds the one whitespace character the old replacement would remove.
 * Keeps leading whitespace, skips an optional operator, and checks immediately
 * after it. Returns -1 if there is nothing to remove.
 *
 * @param {string} range The text containing a candidate already found by the caller.
 * @param {number} matchStart The candidate's position, including leading whitespace.
 * @returns {number} The position of the removable whitespace, or -1 if absent.
 * @example findRemovableWhitespaceIndex(' > 1', 0) // 2; keep the space at position 0
 * @example findRemovableWhitespaceIndex('>1', 0) // -1
 */
const findRemovableWhitespaceIndex = (range, matchStart) => {
  let position = matchStart
  if (isWhitespace(range[position])) {
    position++
  }
  if (range[position] === '<' || range[position] === '>') {
    position++
  }
  if (range[position] === '=') {
    position++
  }
  return isWhitespace(range[position]) ? position : -1
}

/**
 * Joins an operator to its version, turning > 1.2.3 into >1.2.3.
 * Copies everything else according to the old regex's matching rules.
 * Moves forward through prefixes and whole versions to avoid repeatedly
 * searching the same characters on long inputs.
 *
 * @param {string} range The range text to process; the original string is unchanged.
 * @returns {string} The range with matched operator whitespace removed.
 * @example trimComparatorWhitespace('> 1.2.3 < 2') // '>1.2.3 <2'
 * @example trimComparatorWhitespace('> invalid') // '> invalid'
 */
const trimComparatorWhitespace = range => {
  let result = ''
  let copyFrom = 0
  let cursor = 0
  const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 }

  while (cursor < range.length) {
    const matchStart = cursor
    if (range[cursor] === '<' || range[cursor] === '>') {
      cursor++
    } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
      cursor++
      continue
    }

    // Consume a v/=/whitespace run once, even when no version follows it.
    while (cursor < range.length && isVersionPrefix(range[cursor])) {
      cursor++
    }
    if (!isVersionStart(range[cursor])) {
      continue
    }

    const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart)
    if (whitespacePosition !== -1) {
      result += range.slice(copyFrom, whitespacePosition)
      copyFrom = whitespacePosition + 1
    }

    // Skip the entire match, so a prerelease's trailing v cannot be
    // reconsidered as the prefix of another version.
    cursor = findVersionEndIndex(range, cursor, digitRuns)
  }

  return result + range.slice(copyFrom)
}

module.exports = trimComparatorWhitespace


/***/ }),

/***/ 276:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// Determine if version is greater than all the versions possible in the range.
const outside = __nccwpck_require__(280)
const gtr = (version, range, options) => outside(version, range, '>', options)
module.exports = gtr


/***/ }),

/***/ 465:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(782)
const intersects = (r1, r2, options) => {
  r1 = new Range(r1, options)
  r2 = new Range(r2, options)
  return r1.intersects(r2, options)
}
module.exports = intersects


/***/ }),

/***/ 213:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const outside = __nccwpck_require__(280)
// Determine if version is less than all the versions possible in the range
const ltr = (version, range, options) => outside(version, range, '<', options)
module.exports = ltr


/***/ }),

/***/ 193:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(163)
const Range = __nccwpck_require__(782)

const maxSatisfying = (versions, range, options) => {
  let max = null
  let maxSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!max || maxSV.compare(v) === -1) {
        // compare(max, v, true)
        max = v
        maxSV = new SemVer(max, options)
      }
    }
  })
  return max
}
module.exports = maxSatisfying


/***/ }),

/***/ 595:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(163)
const Range = __nccwpck_require__(782)
const minSatisfying = (versions, range, options) => {
  let min = null
  let minSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!min || minSV.compare(v) === 1) {
        // compare(min, v, true)
        min = v
        minSV = new SemVer(min, options)
      }
    }
  })
  return min
}
module.exports = minSatisfying


/***/ }),

/***/ 866:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(163)
const Range = __nccwpck_require__(782)
const gt = __nccwpck_require__(599)

const minVersion = (range, loose) => {
  range = new Range(range, loose)

  let minver = new SemVer('0.0.0')
  if (range.test(minver)) {
    return minver
  }

  minver = new SemVer('0.0.0-0')
  if (range.test(minver)) {
    return minver
  }

  minver = null
  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let setMin = null
    comparators.forEach((comparator) => {
      // Clone to avoid manipulating the comparator's semver object.
      const compver = new SemVer(comparator.semver.version)
      switch (comparator.operator) {
        case '>':
          if (compver.prerelease.length === 0) {
            compver.patch++
          } else {
            compver.prerelease.push(0)
          }
          compver.raw = compver.format()
          /* fallthrough */
        case '':
        case '>=':
          if (!setMin || gt(compver, setMin)) {
            setMin = compver
          }
          break
        case '<':
        case '<=':
          /* Ignore maximum versions */
          break
        /* istanbul ignore next */
        default:
          throw new Error(`Unexpected operation: ${comparator.operator}`)
      }
    })
    if (setMin && (!minver || gt(minver, setMin))) {
      minver = setMin
    }
  }

  if (minver && range.test(minver)) {
    return minver
  }

  return null
}
module.exports = minVersion


/***/ }),

/***/ 280:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(163)
const Comparator = __nccwpck_require__(379)
const { ANY } = Comparator
const Range = __nccwpck_require__(782)
const satisfies = __nccwpck_require__(11)
const gt = __nccwpck_require__(599)
const lt = __nccwpck_require__(491)
const lte = __nccwpck_require__(717)
const gte = __nccwpck_require__(236)

const outside = (version, range, hilo, options) => {
  version = new SemVer(version, options)
  range = new Range(range, options)

  let gtfn, ltefn, ltfn, comp, ecomp
  switch (hilo) {
    case '>':
      gtfn = gt
      ltefn = lte
      ltfn = lt
      comp = '>'
      ecomp = '>='
      break
    case '<':
      gtfn = lt
      ltefn = gte
      ltfn = gt
      comp = '<'
      ecomp = '<='
      break
    default:
      throw new TypeError('Must provide a hilo val of "<" or ">"')
  }

  // If it satisfies the range it is not outside
  if (satisfies(version, range, options)) {
    return false
  }

  // From now on, variable terms are as if we're in "gtr" mode.
  // but note that everything is flipped for the "ltr" function.

  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let high = null
    let low = null

    comparators.forEach((comparator) => {
      if (comparator.semver === ANY) {
        comparator = new Comparator('>=0.0.0')
      }
      high = high || comparator
      low = low || comparator
      if (gtfn(comparator.semver, high.semver, options)) {
        high = comparator
      } else if (ltfn(comparator.semver, low.semver, options)) {
        low = comparator
      }
    })

    // If the edge version comparator has a operator then our version
    // isn't outside it
    if (high.operator === comp || high.operator === ecomp) {
      return false
    }

    // If the lowest version comparator has an operator and our version
    // is less than it then it isn't higher than the range
    if ((!low.operator || low.operator === comp) &&
        ltefn(version, low.semver)) {
      return false
    } else if (low.operator === ecomp && ltfn(version, low.semver)) {
      return false
    }
  }
  return true
}

module.exports = outside


/***/ }),

/***/ 28:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// given a set of versions and a range, create a "simplified" range
// that includes the same versions that the original range does
// If the original range is shorter than the simplified one, return that.
const satisfies = __nccwpck_require__(11)
const compare = __nccwpck_require__(469)
module.exports = (versions, range, options) => {
  const set = []
  let first = null
  let prev = null
  const v = versions.sort((a, b) => compare(a, b, options))
  for (const version of v) {
    const included = satisfies(version, range, options)
    if (included) {
      prev = version
      if (!first) {
        first = version
      }
    } else {
      if (prev) {
        set.push([first, prev])
      }
      prev = null
      first = null
    }
  }
  if (first) {
    set.push([first, null])
  }

  const ranges = []
  for (const [min, max] of set) {
    if (min === max) {
      ranges.push(min)
    } else if (!max && min === v[0]) {
      ranges.push('*')
    } else if (!max) {
      ranges.push(`>=${min}`)
    } else if (min === v[0]) {
      ranges.push(`<=${max}`)
    } else {
      ranges.push(`${min} - ${max}`)
    }
  }
  const simplified = ranges.join(' || ')
  const original = typeof range.raw === 'string' ? range.raw : String(range)
  return simplified.length < original.length ? simplified : range
}


/***/ }),

/***/ 489:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(782)
const Comparator = __nccwpck_require__(379)
const { ANY } = Comparator
const satisfies = __nccwpck_require__(11)
const compare = __nccwpck_require__(469)

// Complex range `r1 || r2 || ...` is a subset of `R1 || R2 || ...` iff:
// - Every simple range `r1, r2, ...` is a null set, OR
// - Every simple range `r1, r2, ...` which is not a null set is a subset of
//   some `R1, R2, ...`
//
// Simple range `c1 c2 ...` is a subset of simple range `C1 C2 ...` iff:
// - If c is only the ANY comparator
//   - If C is only the ANY comparator, return true
//   - Else if in prerelease mode, return false
//   - else replace c with `[>=0.0.0]`
// - If C is only the ANY comparator
//   - if in prerelease mode, return true
//   - else replace C with `[>=0.0.0]`
// - Let EQ be the set of = comparators in c
// - If EQ is more than one, return true (null set)
// - Let GT be the highest > or >= comparator in c
// - Let LT be the lowest < or <= comparator in c
// - If GT and LT, and GT.semver > LT.semver, return true (null set)
// - If any C is a = range, and GT or LT are set, return false
// - If EQ
//   - If GT, and EQ does not satisfy GT, return true (null set)
//   - If LT, and EQ does not satisfy LT, return true (null set)
//   - If EQ satisfies every C, return true
//   - Else return false
// - If GT
//   - If GT.semver is lower than any > or >= comp in C, return false
//   - If GT is >=, and GT.semver does not satisfy every C, return false
//   - If GT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the GT.semver tuple, return false
// - If LT
//   - If LT.semver is greater than any < or <= comp in C, return false
//   - If LT is <=, and LT.semver does not satisfy every C, return false
//   - If LT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the LT.semver tuple, return false
// - Else return true

const subset = (sub, dom, options = {}) => {
  if (sub === dom) {
    return true
  }

  sub = new Range(sub, options)
  dom = new Range(dom, options)
  let sawNonNull = false

  OUTER: for (const simpleSub of sub.set) {
    for (const simpleDom of dom.set) {
      const isSub = simpleSubset(simpleSub, simpleDom, options)
      sawNonNull = sawNonNull || isSub !== null
      if (isSub) {
        continue OUTER
      }
    }
    // the null set is a subset of everything, but null simple ranges in
    // a complex range should be ignored.  so if we saw a non-null range,
    // then we know this isn't a subset, but if EVERY simple range was null,
    // then it is a subset.
    if (sawNonNull) {
      return false
    }
  }
  return true
}

const minimumVersionWithPreRelease = [new Comparator('>=0.0.0-0')]
const minimumVersion = [new Comparator('>=0.0.0')]

const simpleSubset = (sub, dom, options) => {
  if (sub === dom) {
    return true
  }

  if (sub.length === 1 && sub[0].semver === ANY) {
    if (dom.length === 1 && dom[0].semver === ANY) {
      return true
    } else if (options.includePrerelease) {
      sub = minimumVersionWithPreRelease
    } else {
      sub = minimumVersion
    }
  }

  if (dom.length === 1 && dom[0].semver === ANY) {
    if (options.includePrerelease) {
      return true
    } else {
      dom = minimumVersion
    }
  }

  const eqSet = new Set()
  let gt, lt
  for (const c of sub) {
    if (c.operator === '>' || c.operator === '>=') {
      gt = higherGT(gt, c, options)
    } else if (c.operator === '<' || c.operator === '<=') {
      lt = lowerLT(lt, c, options)
    } else {
      eqSet.add(c.semver)
    }
  }

  if (eqSet.size > 1) {
    return null
  }

  let gtltComp
  if (gt && lt) {
    gtltComp = compare(gt.semver, lt.semver, options)
    if (gtltComp > 0) {
      return null
    } else if (gtltComp === 0 && (gt.operator !== '>=' || lt.operator !== '<=')) {
      return null
    }
  }

  // will iterate one or zero times
  for (const eq of eqSet) {
    if (gt && !satisfies(eq, String(gt), options)) {
      return null
    }

    if (lt && !satisfies(eq, String(lt), options)) {
      return null
    }

    for (const c of dom) {
      if (!satisfies(eq, String(c), options)) {
        return false
      }
    }

    return true
  }

  let higher, lower
  let hasDomLT, hasDomGT
  // if the subset has a prerelease, we need a comparator in the superset
  // with the same tuple and a prerelease, or it's not a subset
  let needDomLTPre = lt &&
    !options.includePrerelease &&
    lt.semver.prerelease.length ? lt.semver : false
  let needDomGTPre = gt &&
    !options.includePrerelease &&
    gt.semver.prerelease.length ? gt.semver : false
  // exception: <1.2.3-0 is the same as <1.2.3
  if (needDomLTPre && needDomLTPre.prerelease.length === 1 &&
      lt.operator === '<' && needDomLTPre.prerelease[0] === 0) {
    needDomLTPre = false
  }

  for (const c of dom) {
    hasDomGT = hasDomGT || c.operator === '>' || c.operator === '>='
    hasDomLT = hasDomLT || c.operator === '<' || c.operator === '<='
    if (gt) {
      if (needDomGTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomGTPre.major &&
            c.semver.minor === needDomGTPre.minor &&
            c.semver.patch === needDomGTPre.patch) {
          needDomGTPre = false
        }
      }
      if (c.operator === '>' || c.operator === '>=') {
        higher = higherGT(gt, c, options)
        if (higher === c && higher !== gt) {
          return false
        }
      } else if (gt.operator === '>=' && !c.test(gt.semver)) {
        return false
      }
    }
    if (lt) {
      if (needDomLTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomLTPre.major &&
            c.semver.minor === needDomLTPre.minor &&
            c.semver.patch === needDomLTPre.patch) {
          needDomLTPre = false
        }
      }
      if (c.operator === '<' || c.operator === '<=') {
        lower = lowerLT(lt, c, options)
        if (lower === c && lower !== lt) {
          return false
        }
      } else if (lt.operator === '<=' && !c.test(lt.semver)) {
        return false
      }
    }
    if (!c.operator && (lt || gt) && gtltComp !== 0) {
      return false
    }
  }

  // if there was a < or >, and nothing in the dom, then must be false
  // UNLESS it was limited by another range in the other direction.
  // Eg, >1.0.0 <1.0.1 is still a subset of <2.0.0
  if (gt && hasDomLT && !lt && gtltComp !== 0) {
    return false
  }

  if (lt && hasDomGT && !gt && gtltComp !== 0) {
    return false
  }

  // we needed a prerelease range in a specific tuple, but didn't get one
  // then this isn't a subset.  eg >=1.2.3-pre is not a subset of >=1.0.0,
  // because it includes prereleases in the 1.2.3 tuple
  if (needDomGTPre || needDomLTPre) {
    return false
  }

  return true
}

// >=1.2.3 is lower than >1.2.3
const higherGT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp > 0 ? a
    : comp < 0 ? b
    : b.operator === '>' && a.operator === '>=' ? b
    : a
}

// <=1.2.3 is higher than <1.2.3
const lowerLT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp < 0 ? a
    : comp > 0 ? b
    : b.operator === '<' && a.operator === '<=' ? b
    : a
}

module.exports = subset


/***/ }),

/***/ 750:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(782)

// Mostly just for testing and legacy API reasons
const toComparators = (range, options) =>
  new Range(range, options).set
    .map(comp => comp.map(c => c.value).join(' ').trim().split(' '))

module.exports = toComparators


/***/ }),

/***/ 118:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(782)
const validRange = (range, options) => {
  try {
    // Return '*' instead of '' so that truthiness works.
    // This will throw if it's invalid anyway
    return new Range(range, options).range || '*'
  } catch (er) {
    return null
  }
}
module.exports = validRange


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// NAMESPACE OBJECT: ./node_modules/conventional-changelog-conventionalcommits/src/format.js
var format_namespaceObject = {};
__nccwpck_require__.r(format_namespaceObject);
__nccwpck_require__.d(format_namespaceObject, {
  formatCommitUrl: () => (formatCommitUrl),
  formatCompareUrl: () => (formatCompareUrl),
  formatIssueUrl: () => (formatIssueUrl),
  formatNoteIcon: () => (formatNoteIcon),
  formatNoteTitle: () => (formatNoteTitle),
  formatUserUrl: () => (formatUserUrl)
});

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __nccwpck_require__(88);
var semver_default = /*#__PURE__*/__nccwpck_require__.n(semver);
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: ./src/core/errors.ts
/**
 * Typed errors carry what a user needs to fix the problem. Only the outermost
 * wrapper (CLI, GitHub Action, Azure task) turns them into an exit code.
 */
class OtakitError extends Error {
    details;
    /** Process exit code the wrappers use: 1 failure, 2 usage/config, 3 native build needed. */
    exitCode = 1;
    constructor(message, details = {}) {
        super(message);
        this.details = details;
        this.name = new.target.name;
    }
}
/** Bad flags, bad config, bad input that the user must correct. Exit 2. */
class ConfigurationError extends OtakitError {
    problems;
    exitCode = 2;
    constructor(problems) {
        super(problems.length === 1 ? problems[0] : `Invalid configuration:\n  - ${problems.join('\n  - ')}`);
        this.problems = problems;
    }
}
class GitError extends OtakitError {
}
class BuildError extends OtakitError {
}
class PackError extends OtakitError {
}
class StoreError extends OtakitError {
}
class VersionError extends OtakitError {
}
/** The change touches native code or plugins, so it cannot ship over the air. Exit 3. */
class NativeChangeError extends (/* unused pure expression or super */ null && (OtakitError)) {
    exitCode = 3;
}
/** A compare-and-swap or create-if-absent lost a race; the caller recomputes and retries. */
class ConflictError extends OtakitError {
}
function exitCodeOf(error) {
    return error instanceof OtakitError ? error.exitCode : 1;
}

;// CONCATENATED MODULE: ./src/core/version/tag-format.ts


const PLACEHOLDER = '${version}';
/** Turns tags into versions and back for one `tagFormat` such as `v${version}`. */
class TagFormat {
    format;
    pattern;
    constructor(format) {
        this.format = format;
        const problem = TagFormat.validate(format);
        if (problem)
            throw new ConfigurationError([problem]);
        const [prefix, suffix] = format.split(PLACEHOLDER);
        this.pattern = new RegExp(`^${tag_format_escape(prefix)}(.+)${tag_format_escape(suffix)}$`);
    }
    /** Returns a sentence saying what is wrong with a tagFormat, or undefined when it is usable. */
    static validate(format) {
        const count = format.split(PLACEHOLDER).length - 1;
        if (count !== 1) {
            return `Invalid tagFormat "${format}": it must contain \${version} exactly once, for example "v\${version}" or "app-\${version}".`;
        }
        if (/[\s~^:?*[\\]/.test(format.replace(PLACEHOLDER, ''))) {
            return `Invalid tagFormat "${format}": git tag names cannot contain spaces or any of ~ ^ : ? * [ \\. Use something like "v\${version}".`;
        }
        return undefined;
    }
    tag(version) {
        return this.format.replace(PLACEHOLDER, version);
    }
    /** The semver a tag stands for, or undefined when the tag does not follow the format. */
    version(tag) {
        const m = this.pattern.exec(tag);
        if (!m)
            return undefined;
        return semver_default().valid(m[1]) ?? undefined;
    }
}
function tag_format_escape(text) {
    return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

;// CONCATENATED MODULE: ./src/core/settings/rules.ts
const DEFAULT_RULES = [
    { tag: true, channel: 'production' },
    { branch: ['hotfix/*', 'release/*'], channel: 'beta', prerelease: 'beta' },
    { defaultBranch: true, channel: 'development', prerelease: 'dev' }
];
/** The opt-in pull request rule (`pullRequestPreviews: true`). */
const PULL_REQUEST_RULE = { pullRequest: true, channel: 'pr-${pr}', prerelease: 'pr${pr}' };
function globToRegExp(glob) {
    let out = '';
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === '*' && glob[i + 1] === '*') {
            out += '.*';
            i++;
            if (glob[i + 1] === '/')
                i++;
        }
        else if (c === '*')
            out += '[^/]*';
        else if (c === '?')
            out += '[^/]';
        else
            out += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${out}$`);
}
function fill(template, ref) {
    return template
        .replaceAll('${pr}', ref.prNumber !== undefined ? String(ref.prNumber) : '')
        .replaceAll('${branch}', (ref.branch ?? '').replace(/[^A-Za-z0-9-]+/g, '-'));
}
function describe(rule) {
    if (rule.tag)
        return 'tag';
    if (rule.pullRequest)
        return 'pull request';
    if (rule.defaultBranch)
        return 'default branch';
    return `branch ${(rule.branch ?? []).join(', ')}`;
}
function isDefaultBranch(branch, ref) {
    return ref.defaultBranch ? branch === ref.defaultBranch : branch === 'main' || branch === 'master';
}
/** First matching rule wins. Branch rules never match pull request builds. */
function matchRule(rules, ref) {
    for (const rule of rules) {
        let hit = false;
        if (rule.tag)
            hit = ref.tag !== undefined;
        else if (rule.pullRequest)
            hit = ref.isPr && ref.prNumber !== undefined;
        else if (ref.isPr || ref.tag !== undefined || !ref.branch)
            hit = false;
        else if (rule.defaultBranch)
            hit = isDefaultBranch(ref.branch, ref);
        else if (rule.branch)
            hit = rule.branch.some((g) => globToRegExp(g).test(ref.branch));
        if (hit) {
            return {
                rule,
                description: describe(rule),
                channel: fill(rule.channel, ref),
                preid: rule.prerelease ? fill(rule.prerelease, ref) : undefined
            };
        }
    }
    return undefined;
}
/** Says, in one sentence, why nothing matched. */
function whyNoRule(ref) {
    if (ref.isPr)
        return `No rule matches pull request #${ref.prNumber ?? '?'} (branch ${ref.branch ?? 'unknown'}): set "pullRequestPreviews": true in otakit.config.json to release it to a pr-<number> channel.`;
    if (!ref.branch && !ref.tag)
        return 'HEAD is detached and no branch or tag was found in the CI environment; pass --branch or --tag, or check out a branch.';
    return `No rule matches branch "${ref.branch}": default rules release tags to production, hotfix/* and release/* to beta and the default branch to development. Add a rule in otakit.config.json or pass --channel.`;
}

;// CONCATENATED MODULE: ./src/core/settings/settings.ts






/** Keys allowed in otakit.config.json (and the `otakit` key of package.json). */
const CONFIG_KEYS = [
    '$schema', 'appId', 'webDir', 'buildCommand', 'store', 'tagFormat', 'defaultBranch', 'rules',
    'pullRequestPreviews', 'exclude', 'requireNotifyAppReady', 'minNativeVersion'
];
const RULE_KEYS = ['branch', 'tag', 'defaultBranch', 'pullRequest', 'channel', 'prerelease'];
const ENV_KEYS = {
    'app-id': 'OTAKIT_APP_ID',
    'web-dir': 'OTAKIT_WEB_DIR',
    'build-command': 'OTAKIT_BUILD_COMMAND',
    store: 'OTAKIT_STORE',
    'tag-format': 'OTAKIT_TAG_FORMAT',
    channel: 'OTAKIT_CHANNEL',
    'dry-run': 'OTAKIT_DRY_RUN',
    'allow-native-change': 'OTAKIT_ALLOW_NATIVE_CHANGE',
    'default-branch': 'OTAKIT_DEFAULT_BRANCH',
    'min-native-version': 'OTAKIT_MIN_NATIVE_VERSION',
    rollout: 'OTAKIT_ROLLOUT',
    'private-key': 'OTAKIT_PRIVATE_KEY',
    'sign-command': 'OTAKIT_SIGN_COMMAND',
    'public-key': 'OTAKIT_PUBLIC_KEY',
    'require-notify-app-ready': 'OTAKIT_REQUIRE_NOTIFY_APP_READY',
    config: 'OTAKIT_CONFIG'
};
function readJson(file, problems) {
    let text;
    try {
        text = (0,external_node_fs_namespaceObject.readFileSync)(file, 'utf8');
    }
    catch (error) {
        problems.push(`Cannot read ${file}: ${error.message}. Check the path given to --config.`);
        return undefined;
    }
    try {
        const value = JSON.parse(text);
        if (!value || typeof value !== 'object' || Array.isArray(value)) {
            problems.push(`${file} must hold a JSON object.`);
            return undefined;
        }
        return value;
    }
    catch (error) {
        problems.push(`${file} is not valid JSON (${error.message}). Fix the syntax and run again.`);
        return undefined;
    }
}
function loadConfig(cwd, explicit, problems) {
    if (explicit) {
        const file = external_node_path_default().resolve(cwd, explicit);
        return { config: readJson(file, problems) ?? {}, file };
    }
    const file = external_node_path_default().join(cwd, 'otakit.config.json');
    if ((0,external_node_fs_namespaceObject.existsSync)(file))
        return { config: readJson(file, problems) ?? {}, file };
    const pkg = external_node_path_default().join(cwd, 'package.json');
    if ((0,external_node_fs_namespaceObject.existsSync)(pkg)) {
        const json = readJson(pkg, problems);
        const section = json?.otakit;
        if (section && typeof section === 'object' && !Array.isArray(section))
            return { config: section, file: `${pkg}#otakit` };
    }
    return { config: {} };
}
/** appId and webDir from capacitor.config.{json,ts,js}. */
function readCapacitorConfig(cwd) {
    const json = external_node_path_default().join(cwd, 'capacitor.config.json');
    if ((0,external_node_fs_namespaceObject.existsSync)(json)) {
        try {
            const c = JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(json, 'utf8'));
            const updater = (c.plugins ?? {}).CapacitorUpdater;
            return { appId: str(c.appId), webDir: str(c.webDir), publicKey: str(updater?.publicKey), file: json };
        }
        catch {
            return { file: json };
        }
    }
    for (const name of ['capacitor.config.ts', 'capacitor.config.js', 'capacitor.config.mjs']) {
        const file = external_node_path_default().join(cwd, name);
        if (!(0,external_node_fs_namespaceObject.existsSync)(file))
            continue;
        const text = (0,external_node_fs_namespaceObject.readFileSync)(file, 'utf8');
        const pick = (key) => new RegExp(`\\b${key}\\s*:\\s*['"\`]([^'"\`]+)['"\`]`).exec(text)?.[1];
        return { appId: pick('appId'), webDir: pick('webDir'), publicKey: pick('publicKey')?.replace(/\\n/g, '\n'), file };
    }
    return {};
}
function str(value) {
    return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}
function flagValue(flags, env, key) {
    const v = flags[key];
    if (v !== undefined && v !== '')
        return v;
    const envKey = ENV_KEYS[key];
    const e = envKey ? env[envKey] : undefined;
    return e !== undefined && e !== '' ? e : undefined;
}
function bool(value, name, problems) {
    if (value === undefined || typeof value === 'boolean')
        return value;
    if (/^(true|1|yes)$/i.test(value))
        return true;
    if (/^(false|0|no)$/i.test(value))
        return false;
    problems.push(`${name} must be true or false, got "${value}".`);
    return undefined;
}
function validateRules(value, where, problems) {
    if (!Array.isArray(value)) {
        problems.push(`${where}: "rules" must be an array of rules such as {"branch": "hotfix/*", "channel": "beta", "prerelease": "beta"}.`);
        return undefined;
    }
    const rules = [];
    value.forEach((raw, i) => {
        const at = `${where}: rules[${i}]`;
        if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
            problems.push(`${at} must be an object.`);
            return;
        }
        const r = raw;
        for (const key of Object.keys(r)) {
            if (!RULE_KEYS.includes(key))
                problems.push(`${at} has unknown key "${key}". Known keys: ${RULE_KEYS.join(', ')}.`);
        }
        const rule = { channel: '' };
        if (typeof r.channel !== 'string' || !/^[A-Za-z0-9._${}-]+$/.test(r.channel)) {
            problems.push(`${at}.channel must be a channel name (letters, digits, . _ -), got ${JSON.stringify(r.channel)}.`);
        }
        else
            rule.channel = r.channel;
        const triggers = ['branch', 'tag', 'defaultBranch', 'pullRequest'].filter((k) => r[k] !== undefined && r[k] !== false);
        if (triggers.length !== 1)
            problems.push(`${at} needs exactly one trigger: "branch", "tag", "defaultBranch" or "pullRequest".`);
        if (r.branch !== undefined) {
            const list = typeof r.branch === 'string' ? [r.branch] : r.branch;
            if (!Array.isArray(list) || list.some((b) => typeof b !== 'string' || b === ''))
                problems.push(`${at}.branch must be a glob string or an array of them.`);
            else
                rule.branch = list;
        }
        for (const key of ['tag', 'defaultBranch', 'pullRequest']) {
            if (r[key] !== undefined && typeof r[key] !== 'boolean')
                problems.push(`${at}.${key} must be true or false.`);
            else if (r[key] === true)
                rule[key] = true;
        }
        if (r.prerelease !== undefined && r.prerelease !== false) {
            if (typeof r.prerelease !== 'string' || !/^[A-Za-z0-9${}-]+$/.test(r.prerelease))
                problems.push(`${at}.prerelease must be a prerelease id such as "beta" (letters, digits, -), or false for stable versions.`);
            else
                rule.prerelease = r.prerelease;
        }
        if (rule.tag && rule.prerelease)
            problems.push(`${at}: a tag rule releases the tag's own version; remove "prerelease".`);
        rules.push(rule);
    });
    return rules;
}
/** "12.5" or "12.5%" → 1250 basis points; undefined when not a percentage in (0, 100]. */
function parsePercentage(text) {
    const m = /^\s*(\d{1,3})(?:\.(\d{1,2}))?\s*%?\s*$/.exec(text);
    if (!m)
        return undefined;
    const bps = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
    return bps > 0 && bps <= 10000 ? bps : undefined;
}
/**
 * Builds the typed settings. Precedence: flag > OTAKIT_* env > otakit.config.json
 * (or package.json#otakit) > capacitor config > defaults. Every problem is
 * collected before failing.
 */
function buildSettings(flags, env, cwdIn) {
    const problems = [];
    const cwd = external_node_path_default().resolve(cwdIn);
    if (!(0,external_node_fs_namespaceObject.existsSync)(cwd))
        throw new ConfigurationError([`Working directory ${cwd} does not exist. Check --cwd.`]);
    const get = (key) => flagValue(flags, env, key);
    const explicitConfig = get('config');
    const { config, file: configFile } = loadConfig(cwd, typeof explicitConfig === 'string' ? explicitConfig : undefined, problems);
    const where = configFile ? external_node_path_default().basename(configFile) : 'config';
    for (const key of Object.keys(config)) {
        if (!CONFIG_KEYS.includes(key)) {
            problems.push(`${where} has unknown key "${key}". Known keys: ${CONFIG_KEYS.filter((k) => k !== '$schema').join(', ')}.`);
        }
    }
    const configString = (key) => {
        const v = config[key];
        if (v === undefined)
            return undefined;
        if (typeof v !== 'string' || v.trim() === '') {
            problems.push(`${where}: "${key}" must be a non-empty string.`);
            return undefined;
        }
        return v;
    };
    const configBool = (key) => {
        const v = config[key];
        if (v === undefined)
            return undefined;
        if (typeof v !== 'boolean') {
            problems.push(`${where}: "${key}" must be true or false.`);
            return undefined;
        }
        return v;
    };
    const capacitor = readCapacitorConfig(cwd);
    const pkgFile = external_node_path_default().join(cwd, 'package.json');
    let pkg = {};
    if ((0,external_node_fs_namespaceObject.existsSync)(pkgFile)) {
        try {
            pkg = JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(pkgFile, 'utf8'));
        }
        catch { /* reported by loadConfig when used */ }
    }
    const stringOf = (key) => {
        const v = get(key);
        return typeof v === 'string' ? v : undefined;
    };
    const appId = stringOf('app-id') ?? configString('appId') ?? capacitor.appId;
    if (!appId)
        problems.push('No appId: set "appId" in capacitor.config.json (or otakit.config.json), or pass --app-id com.example.app.');
    else if (!/^[A-Za-z0-9._-]+$/.test(appId))
        problems.push(`appId "${appId}" may only hold letters, digits, dots, dashes and underscores (like com.example.app).`);
    const webDir = stringOf('web-dir') ?? configString('webDir') ?? capacitor.webDir ?? 'www';
    const scripts = (pkg.scripts ?? {});
    let buildCommand;
    const noBuild = flags['no-build'] === true || flags.build === false;
    const configBuild = config.buildCommand;
    if (configBuild !== undefined && configBuild !== false && (typeof configBuild !== 'string' || configBuild.trim() === '')) {
        problems.push(`${where}: "buildCommand" must be a shell command string, or false to skip the build.`);
    }
    if (noBuild)
        buildCommand = null;
    else {
        const flagBuild = stringOf('build-command');
        if (flagBuild !== undefined)
            buildCommand = flagBuild;
        else if (configBuild === false)
            buildCommand = null;
        else if (typeof configBuild === 'string' && configBuild.trim())
            buildCommand = configBuild;
        else
            buildCommand = typeof scripts.build === 'string' ? 'npm run build' : null;
    }
    const tagFormat = stringOf('tag-format') ?? configString('tagFormat') ?? 'v${version}';
    const tagProblem = TagFormat.validate(tagFormat);
    if (tagProblem)
        problems.push(tagProblem);
    const store = stringOf('store') ?? configString('store') ?? external_node_path_default().join('.otakit', 'store');
    let rules = [...DEFAULT_RULES];
    if (config.rules !== undefined)
        rules = validateRules(config.rules, where, problems) ?? rules;
    const pullRequestPreviews = configBool('pullRequestPreviews') ?? false;
    if (pullRequestPreviews && !rules.some((r) => r.pullRequest))
        rules = [PULL_REQUEST_RULE, ...rules];
    let exclude = [];
    if (config.exclude !== undefined) {
        if (!Array.isArray(config.exclude) || config.exclude.some((e) => typeof e !== 'string'))
            problems.push(`${where}: "exclude" must be an array of glob strings such as ["**/*.map"].`);
        else
            exclude = config.exclude;
    }
    const minNativeVersion = stringOf('min-native-version') ?? configString('minNativeVersion');
    if (minNativeVersion !== undefined && !semver_default().valid(minNativeVersion))
        problems.push(`minNativeVersion "${minNativeVersion}" is not a semantic version such as 1.2.0.`);
    const rollout = stringOf('rollout');
    let rolloutBps;
    if (rollout !== undefined) {
        rolloutBps = parsePercentage(rollout);
        if (rolloutBps === undefined)
            problems.push(`rollout must be a percentage above 0 and at most 100 with up to two decimals (e.g. 5 or 12.5), got "${rollout}".`);
    }
    const channel = stringOf('channel');
    if (channel !== undefined && !/^[A-Za-z0-9._-]+$/.test(channel))
        problems.push(`Channel "${channel}" may only hold letters, digits, dots, dashes and underscores.`);
    const pr = stringOf('pr');
    let prNumber;
    if (pr !== undefined) {
        if (!/^\d+$/.test(pr) || Number(pr) <= 0)
            problems.push(`--pr must be a pull request number, got "${pr}".`);
        else
            prNumber = Number(pr);
    }
    const baseVersion = typeof pkg.version === 'string' && semver_default().valid(pkg.version) ? semver_default().valid(pkg.version) : undefined;
    const privateKeyFlag = flags['private-key'];
    const privateKeyValue = typeof privateKeyFlag === 'string' && privateKeyFlag !== '' ? privateKeyFlag : env.OTAKIT_PRIVATE_KEY || undefined;
    let privateKey;
    let privateKeySource;
    if (privateKeyValue !== undefined) {
        const fromFlag = typeof privateKeyFlag === 'string' && privateKeyFlag !== '';
        // OTAKIT_PRIVATE_KEY always holds the key itself; the flag (or CI input) may name a file.
        const looksLikeKey = !fromFlag || privateKeyValue.includes('-----BEGIN') || /^[A-Za-z0-9+/=\s]{200,}$/.test(privateKeyValue);
        privateKeySource = fromFlag ? (looksLikeKey ? 'the private-key input' : privateKeyValue) : 'OTAKIT_PRIVATE_KEY';
        if (looksLikeKey)
            privateKey = privateKeyValue;
        else {
            const file = external_node_path_default().resolve(cwd, privateKeyValue);
            // The value might be a mistyped secret: never repeat it.
            if (!(0,external_node_fs_namespaceObject.existsSync)(file))
                problems.push('The private key given with --private-key (or the private-key input) is neither a PEM key, nor base64 of one, nor an existing file. Pass the file written by "otakit keys create", or the key itself.');
            else
                privateKey = (0,external_node_fs_namespaceObject.readFileSync)(file, 'utf8');
        }
    }
    const publicKeyFile = stringOf('public-key');
    if (publicKeyFile !== undefined && !(0,external_node_fs_namespaceObject.existsSync)(external_node_path_default().resolve(cwd, publicKeyFile)))
        problems.push(`Public key file ${external_node_path_default().resolve(cwd, publicKeyFile)} does not exist.`);
    const signCommand = stringOf('sign-command');
    if (signCommand !== undefined && privateKey !== undefined)
        problems.push('Pass either a private key or --sign-command, not both.');
    const settings = {
        cwd,
        appId: appId ?? '',
        webDir,
        buildCommand,
        store,
        tagFormat,
        rules,
        pullRequestPreviews,
        exclude,
        requireNotifyAppReady: bool(get('require-notify-app-ready'), 'requireNotifyAppReady', problems) ?? configBool('requireNotifyAppReady') ?? false,
        allowNativeChange: bool(get('allow-native-change'), 'allow-native-change', problems) ?? false,
        dryRun: bool(get('dry-run'), 'dry-run', problems) ?? false,
        channel,
        defaultBranch: stringOf('default-branch') ?? configString('defaultBranch'),
        minNativeVersion,
        rolloutBps,
        privateKey,
        privateKeySource,
        signCommand,
        publicKeyFile: publicKeyFile && external_node_path_default().resolve(cwd, publicKeyFile),
        appPublicKey: capacitor.publicKey,
        baseVersion,
        remote: 'origin',
        ref: { branch: stringOf('branch'), tag: stringOf('tag'), prNumber },
        configFile
    };
    if (problems.length > 0)
        throw new ConfigurationError(problems);
    return settings;
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_namespaceObject);
;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: external "node:stream/promises"
const external_node_stream_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");
;// CONCATENATED MODULE: external "node:zlib"
const external_node_zlib_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");
var external_node_zlib_default = /*#__PURE__*/__nccwpck_require__.n(external_node_zlib_namespaceObject);
;// CONCATENATED MODULE: ./src/core/pack/zip-writer.ts






// 1980-01-01 00:00:00, the earliest DOS date: fixed so the same files give the same bytes.
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const UTF8_FLAG = 0x0800;
const FILE_MODE = 0o100644;
const DIR_MODE = 0o040755;
const MAX_32 = 0xffffffff;
/**
 * zlib level 5 packs web assets smaller than Info-ZIP's `zip -6` at lower CPU
 * cost (see `npm run bench`). It is part of the byte format: changing it
 * changes every checksum.
 */
const DEFLATE_LEVEL = 5;
// Output is gathered and written in large blocks: one syscall per many small entries.
const FLUSH_AT = 1024 * 1024;
/** Entry names must be relative POSIX paths inside the bundle. */
function assertSafeEntryName(name) {
    if (name === '' || name.startsWith('/') || /^[A-Za-z]:/.test(name)) {
        throw new PackError(`Refusing bundle path "${name}": absolute paths cannot be packed. Paths must be relative to the web directory.`);
    }
    if (name.includes('\\')) {
        throw new PackError(`Refusing bundle path "${name}": it contains a backslash, which devices would unpack differently. Rename the file.`);
    }
    if (name.split('/').some((s) => s === '..' || s === '.')) {
        throw new PackError(`Refusing bundle path "${name}": a ".." or "." segment could write outside the bundle on the device. Rename the file.`);
    }
}
/**
 * Writes a deterministic zip: entries in the order given, fixed timestamps and
 * modes, no extra fields. The SHA-256 of the output is computed as it is written.
 */
class ZipWriter {
    fd;
    offset = 0;
    entries = [];
    hash = (0,external_node_crypto_namespaceObject.createHash)('sha256');
    pending = [];
    pendingBytes = 0;
    constructor(fd) {
        this.fd = fd;
    }
    static async create(file) {
        return new ZipWriter((0,external_node_fs_namespaceObject.openSync)(file, 'w'));
    }
    write(buf) {
        this.hash.update(buf);
        this.pending.push(buf);
        this.pendingBytes += buf.length;
        this.offset += buf.length;
        if (this.pendingBytes >= FLUSH_AT)
            this.flush();
    }
    flush() {
        if (this.pendingBytes === 0)
            return;
        const block = this.pending.length === 1 ? this.pending[0] : Buffer.concat(this.pending, this.pendingBytes);
        let written = 0;
        while (written < block.length)
            written += (0,external_node_fs_namespaceObject.writeSync)(this.fd, block, written, block.length - written);
        this.pending = [];
        this.pendingBytes = 0;
    }
    localHeader(name, method, crc, csize, size) {
        const h = Buffer.alloc(30);
        h.writeUInt32LE(0x04034b50, 0);
        h.writeUInt16LE(20, 4);
        h.writeUInt16LE(UTF8_FLAG, 6);
        h.writeUInt16LE(method, 8);
        h.writeUInt16LE(DOS_TIME, 10);
        h.writeUInt16LE(DOS_DATE, 12);
        h.writeUInt32LE(crc >>> 0, 14);
        h.writeUInt32LE(csize, 18);
        h.writeUInt32LE(size, 22);
        h.writeUInt16LE(name.length, 26);
        h.writeUInt16LE(0, 28);
        return Buffer.concat([h, name]);
    }
    checkLimits(name, size) {
        if (size >= MAX_32 || this.offset >= MAX_32)
            throw new PackError(`"${name}" makes the bundle larger than 4 GiB, which live updates cannot carry. Exclude it from the web directory.`);
        if (this.entries.length >= 0xffff)
            throw new PackError('The bundle has more than 65,535 entries. Exclude files you do not ship (source maps, fixtures) with "exclude".');
    }
    async addDirectory(name) {
        const dirName = name.endsWith('/') ? name : `${name}/`;
        assertSafeEntryName(dirName.slice(0, -1));
        this.checkLimits(dirName, 0);
        const nameBuf = Buffer.from(dirName, 'utf8');
        const offset = this.offset;
        this.write(this.localHeader(nameBuf, 0, 0, 0, 0));
        this.entries.push({ name: dirName, crc: 0, compressedSize: 0, size: 0, method: 0, offset, directory: true });
    }
    /** Adds a file already compressed by the caller (so compression can run in parallel). */
    async addPrepared(name, prepared) {
        assertSafeEntryName(name);
        this.checkLimits(name, prepared.size);
        const nameBuf = Buffer.from(name, 'utf8');
        const offset = this.offset;
        this.write(this.localHeader(nameBuf, prepared.method, prepared.crc, prepared.data.length, prepared.size));
        this.write(prepared.data);
        this.entries.push({ name, crc: prepared.crc, compressedSize: prepared.data.length, size: prepared.size, method: prepared.method, offset, directory: false });
    }
    /** Adds a large file without holding it in memory: compressed to a temp file first. */
    async addLargeFile(name, source, tempFile, onChunk) {
        assertSafeEntryName(name);
        const { size } = await (0,promises_namespaceObject.stat)(source);
        this.checkLimits(name, size);
        let crc = 0;
        const deflate = external_node_zlib_default().createDeflateRaw({ level: DEFLATE_LEVEL });
        const reader = (0,external_node_fs_namespaceObject.createReadStream)(source, { highWaterMark: 1024 * 1024 });
        reader.on('data', (chunk) => {
            const buf = chunk;
            crc = external_node_zlib_default().crc32(buf, crc);
            onChunk(buf);
        });
        try {
            await (0,external_node_stream_promises_namespaceObject.pipeline)(reader, deflate, (0,external_node_fs_namespaceObject.createWriteStream)(tempFile));
            const csize = (await (0,promises_namespaceObject.stat)(tempFile)).size;
            const nameBuf = Buffer.from(name, 'utf8');
            const offset = this.offset;
            this.write(this.localHeader(nameBuf, 8, crc, csize, size));
            for await (const chunk of (0,external_node_fs_namespaceObject.createReadStream)(tempFile, { highWaterMark: 1024 * 1024 })) {
                this.write(chunk);
            }
            this.entries.push({ name, crc, compressedSize: csize, size, method: 8, offset, directory: false });
        }
        finally {
            await (0,promises_namespaceObject.rm)(tempFile, { force: true });
        }
    }
    /** Writes the central directory and returns the archive's size and SHA-256. */
    async finish() {
        const cdStart = this.offset;
        for (const e of this.entries) {
            const name = Buffer.from(e.name, 'utf8');
            const h = Buffer.alloc(46);
            h.writeUInt32LE(0x02014b50, 0);
            h.writeUInt16LE((3 << 8) | 20, 4);
            h.writeUInt16LE(20, 6);
            h.writeUInt16LE(UTF8_FLAG, 8);
            h.writeUInt16LE(e.method, 10);
            h.writeUInt16LE(DOS_TIME, 12);
            h.writeUInt16LE(DOS_DATE, 14);
            h.writeUInt32LE(e.crc >>> 0, 16);
            h.writeUInt32LE(e.compressedSize, 20);
            h.writeUInt32LE(e.size, 24);
            h.writeUInt16LE(name.length, 28);
            h.writeUInt16LE(0, 30);
            h.writeUInt16LE(0, 32);
            h.writeUInt16LE(0, 34);
            h.writeUInt16LE(0, 36);
            h.writeUInt32LE(((e.directory ? DIR_MODE : FILE_MODE) << 16) >>> 0, 38);
            h.writeUInt32LE(e.offset, 42);
            this.write(Buffer.concat([h, name]));
        }
        const cdSize = this.offset - cdStart;
        const end = Buffer.alloc(22);
        end.writeUInt32LE(0x06054b50, 0);
        end.writeUInt16LE(this.entries.length, 8);
        end.writeUInt16LE(this.entries.length, 10);
        end.writeUInt32LE(cdSize, 12);
        end.writeUInt32LE(cdStart, 16);
        this.write(end);
        this.flush();
        (0,external_node_fs_namespaceObject.closeSync)(this.fd);
        return { size: this.offset, checksum: this.hash.digest('hex') };
    }
    async abort() {
        try {
            (0,external_node_fs_namespaceObject.closeSync)(this.fd);
        }
        catch { /* already closed */ }
    }
}

;// CONCATENATED MODULE: ./src/core/pack/compress-pool.ts




// Formats that are already compressed gain nothing from deflate.
const STORED = /\.(png|jpe?g|gif|webp|avif|woff2?|mp[34]|webm|ogg|zip|gz|br)$/i;
const SCRIPT = /\.(m?js|cjs)$/i;
// The worker is inline source so the single-file bundles need no extra file.
// Each worker reads, hashes (SHA-256 + CRC-32) and deflates whole batches of
// files synchronously: no per-file thread-pool round trips or stream set-up.
// All compressed bytes of a batch travel back in one transferred buffer (no copy).
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads')
const { closeSync, fstatSync, openSync, readSync } = require('node:fs')
const { createHash } = require('node:crypto')
const zlib = require('node:zlib')
const STORED = ${String(STORED)}
const SCRIPT = ${String(SCRIPT)}
// A window just larger than the file finds the same matches as a 32 KiB one
// but costs far less to set up, which dominates for thousands of small files.
function deflateOptions(size) {
  let windowBits = 9
  while (windowBits < 15 && (1 << windowBits) < size + 262) windowBits++
  return { level: ${DEFLATE_LEVEL}, windowBits, memLevel: Math.max(1, Math.min(8, windowBits - 7)) }
}
function read(file, limit) {
  const fd = openSync(file, 'r')
  try {
    const size = fstatSync(fd).size
    if (size > limit) return undefined
    const buf = Buffer.allocUnsafeSlow(size)
    let at = 0
    while (at < size) {
      const n = readSync(fd, buf, at, size - at, at)
      if (n === 0) break
      at += n
    }
    return at === size ? buf : buf.subarray(0, at)
  } finally {
    closeSync(fd)
  }
}
parentPort.on('message', ({ id, tasks, limit }) => {
  try {
    const results = []
    const chunks = []
    let total = 0
    for (const t of tasks) {
      const content = read(t.abs, limit)
      if (!content) { results.push({ index: t.index, large: true, offset: 0, length: 0 }); continue }
      const crc = zlib.crc32(content)
      const sha256 = createHash('sha256').update(content).digest('hex')
      const notify = SCRIPT.test(t.name) && content.includes('notifyAppReady')
      let method = 0
      let data = content
      if (content.length > 0 && !STORED.test(t.name)) {
        const packed = zlib.deflateRawSync(content, deflateOptions(content.length))
        if (packed.length < content.length) { method = 8; data = packed }
      }
      results.push({ index: t.index, large: false, method, crc, size: content.length, sha256, notify, offset: total, length: data.length })
      chunks.push(data)
      total += data.length
    }
    const blob = new Uint8Array(total)
    let at = 0
    for (const c of chunks) { blob.set(c, at); at += c.length }
    parentPort.postMessage({ id, results, blob }, [blob.buffer])
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.message || error) })
  }
})
`;
// Two batches per worker keep it busy while a result travels back.
const PER_WORKER = 2;
/**
 * A small pool of worker threads, one per core. Batches queue up and go to
 * whichever worker is free, so uneven batches do not leave a core idle.
 */
class CompressPool {
    largeFile;
    workers;
    running = new Map();
    queue = [];
    nextId = 0;
    constructor(largeFile, size = Math.max(1, Math.min(external_node_os_default().availableParallelism?.() ?? external_node_os_default().cpus().length, 8))) {
        this.largeFile = largeFile;
        this.workers = Array.from({ length: size }, () => {
            const slot = { worker: new external_node_worker_threads_namespaceObject.Worker(WORKER_SOURCE, { eval: true }), busy: 0 };
            slot.worker.on('message', (m) => {
                slot.busy--;
                const job = this.running.get(m.id);
                this.running.delete(m.id);
                if (job) {
                    if (m.error)
                        job.reject(new PackError(`Cannot read a file of the web directory: ${m.error}`));
                    else {
                        const blob = m.blob;
                        job.resolve(m.results.map(({ offset, length, ...r }) => ({ ...r, data: Buffer.from(blob.buffer, blob.byteOffset + offset, length) })));
                    }
                }
                this.pump();
            });
            slot.worker.on('error', (error) => {
                for (const job of [...this.running.values(), ...this.queue.splice(0)])
                    job.reject(error);
                this.running.clear();
            });
            return slot;
        });
    }
    pump() {
        while (this.queue.length) {
            const slot = this.workers.reduce((a, b) => (b.busy < a.busy ? b : a));
            if (slot.busy >= PER_WORKER)
                return;
            const job = this.queue.shift();
            slot.busy++;
            this.running.set(job.id, job);
            slot.worker.postMessage({ id: job.id, tasks: job.tasks, limit: this.largeFile });
        }
    }
    run(tasks) {
        return new Promise((resolve, reject) => {
            this.queue.push({ id: this.nextId++, tasks, resolve, reject });
            this.pump();
        });
    }
    async close() {
        await Promise.all(this.workers.map((w) => w.worker.terminate()));
    }
}

;// CONCATENATED MODULE: ./src/core/pack/pack.ts








const ALWAYS_EXCLUDED = new Set(['.DS_Store', '__MACOSX', 'Thumbs.db']);
const LARGE_FILE = 16 * 1024 * 1024;
const BATCH_FILES = 32;
// Batches queued ahead of the writer: enough to keep every worker busy, few enough to bound memory.
const BATCHES_AHEAD = 24;
const pack_SCRIPT = /\.(m?js|cjs)$/i;
function excluder(patterns) {
    const regs = patterns.map((p) => ({ re: globToRegExp(p.replace(/^\.\//, '')), base: !p.includes('/') }));
    return (rel) => regs.some(({ re, base }) => re.test(rel) || (base && re.test(external_node_path_default().posix.basename(rel))));
}
/** Lists the files and folders to pack, sorted, with every refusal of the design applied. */
function walk(root, exclude) {
    const rootReal = (0,external_node_fs_namespaceObject.realpathSync)(root);
    const files = [];
    const dirs = [];
    const visited = new Set([rootReal]);
    // Synchronous on purpose: thousands of tiny metadata calls are far cheaper
    // inline than as thread-pool round trips.
    function visit(dirAbs, rel) {
        const dirents = (0,external_node_fs_namespaceObject.readdirSync)(dirAbs, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const dirent of dirents) {
            const name = dirent.name;
            if (ALWAYS_EXCLUDED.has(name))
                continue;
            const childRel = rel ? `${rel}/${name}` : name;
            assertSafeEntryName(childRel);
            if (exclude(childRel))
                continue;
            const abs = external_node_path_default().join(dirAbs, name);
            let target = abs;
            let isDir = dirent.isDirectory();
            let isFile = dirent.isFile();
            if (dirent.isSymbolicLink()) {
                let real;
                try {
                    real = (0,external_node_fs_namespaceObject.realpathSync)(abs);
                }
                catch {
                    throw new PackError(`Refusing symlink "${childRel}": its target does not exist. Remove the link or point it at a file inside the web directory.`);
                }
                if (real !== rootReal && !real.startsWith(rootReal + (external_node_path_default()).sep)) {
                    throw new PackError(`Refusing symlink "${childRel}": it points outside the web directory (${real}). Copy the file into the web directory instead.`);
                }
                const info = (0,external_node_fs_namespaceObject.statSync)(real);
                target = real;
                isDir = info.isDirectory();
                isFile = info.isFile();
                if (isDir) {
                    if (visited.has(real))
                        continue;
                    visited.add(real);
                }
            }
            if (isDir) {
                dirs.push(childRel);
                visit(target, childRel);
            }
            else if (isFile) {
                files.push({ name: childRel, abs: target });
            }
        }
    }
    visit(root, '');
    return { files, dirs };
}
/**
 * Packs a web directory into a deterministic zip: same input, same bytes, same
 * SHA-256. Files are compressed in parallel on the thread pool but written in
 * sorted order; memory stays bounded by a small window of files in flight.
 */
async function packWebDir(options) {
    const webDir = external_node_path_default().resolve(options.webDir);
    let info;
    try {
        info = await (0,promises_namespaceObject.stat)(webDir);
    }
    catch {
        throw new PackError(`Web directory ${webDir} does not exist. Build the app first (or check "webDir" in capacitor.config.json / --web-dir).`);
    }
    if (!info.isDirectory())
        throw new PackError(`Web directory ${webDir} is not a directory. Point --web-dir at the folder your build writes.`);
    // Workers boot while the directory is walked.
    const pool = new CompressPool(LARGE_FILE);
    try {
        return await packFiles(webDir, options, pool);
    }
    finally {
        await pool.close();
    }
}
async function packFiles(webDir, options, pool) {
    const { files, dirs } = walk(webDir, excluder(options.exclude ?? []));
    if (files.length === 0)
        throw new PackError(`Web directory ${webDir} is empty: nothing to ship. Run your build first, or check --web-dir.`);
    if (!files.some((f) => f.name === 'index.html')) {
        throw new PackError(`No index.html at the root of ${webDir}. capacitor-updater loads index.html from the bundle root: point --web-dir at the folder that holds it.`);
    }
    const entries = [
        ...dirs.map((name) => ({ name: `${name}/`, file: undefined })),
        ...files.map((file) => ({ name: file.name, file }))
    ].sort((a, b) => Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)));
    const manifest = [];
    let notifyAppReady = false;
    // Small files go to the worker pool in batches, in sorted order; large ones are streamed here.
    const batches = [];
    const batchOf = new Int32Array(entries.length).fill(-1);
    const lastOfBatch = new Set();
    let current = [];
    entries.forEach(({ name, file }, index) => {
        if (!file)
            return;
        batchOf[index] = batches.length;
        current.push({ index, name, abs: file.abs });
        if (current.length >= BATCH_FILES) {
            lastOfBatch.add(index);
            batches.push(current);
            current = [];
        }
    });
    if (current.length) {
        lastOfBatch.add(current[current.length - 1].index);
        batches.push(current);
    }
    const out = external_node_path_default().resolve(options.out);
    const zip = await ZipWriter.create(out);
    const inFlight = new Map();
    let launched = 0;
    const launchUpTo = (batch) => {
        for (; launched < batches.length && launched <= batch; launched++) {
            const promise = pool.run(batches[launched]).then((list) => new Map(list.map((r) => [r.index, r])));
            promise.catch(() => undefined); // reported when its turn comes
            inFlight.set(launched, promise);
        }
    };
    try {
        for (let i = 0; i < entries.length; i++) {
            const { name, file } = entries[i];
            const batch = batchOf[i];
            if (!file) {
                await zip.addDirectory(name);
                continue;
            }
            launchUpTo(batch + BATCHES_AHEAD);
            const r = (await inFlight.get(batch)).get(i);
            if (lastOfBatch.has(i))
                inFlight.delete(batch);
            if (!r.large) {
                notifyAppReady ||= r.notify;
                await zip.addPrepared(name, { method: r.method, crc: r.crc, size: r.size, data: r.data });
                manifest.push({ path: name, sha256: r.sha256, size: r.size });
            }
            else {
                const hash = (0,external_node_crypto_namespaceObject.createHash)('sha256');
                let tail = Buffer.alloc(0);
                await zip.addLargeFile(name, file.abs, `${out}.${i}.tmp`, (chunk) => {
                    hash.update(chunk);
                    if (!notifyAppReady && pack_SCRIPT.test(name) && Buffer.concat([tail, chunk]).includes('notifyAppReady'))
                        notifyAppReady = true;
                    tail = chunk.subarray(Math.max(0, chunk.length - 32));
                });
                manifest.push({ path: name, sha256: hash.digest('hex'), size: (await (0,promises_namespaceObject.stat)(file.abs)).size });
            }
        }
        const { size, checksum } = await zip.finish();
        if (!notifyAppReady) {
            const message = 'No JavaScript file in the bundle calls notifyAppReady(). capacitor-updater rolls back a bundle that never calls it: call CapacitorUpdater.notifyAppReady() when your app starts.';
            if (options.requireNotifyAppReady)
                throw new PackError(message);
            options.reporter?.warn(message);
        }
        return { path: out, checksum, size, files: manifest.length, manifest, notifyAppReady };
    }
    catch (error) {
        await zip.abort();
        await (0,promises_namespaceObject.rm)(out, { force: true });
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/core/ci/types.ts
/** `refs/heads/x` → {branch}, `refs/tags/v1` → {tag}, `refs/pull/12/merge` → {pr}. */
function parseRef(ref) {
    if (!ref)
        return {};
    if (ref.startsWith('refs/heads/'))
        return { branch: ref.slice('refs/heads/'.length) };
    if (ref.startsWith('refs/tags/'))
        return { tag: ref.slice('refs/tags/'.length) };
    const pull = /^refs\/pull\/(\d+)\//.exec(ref);
    if (pull)
        return { pr: Number(pull[1]) };
    return {};
}
function positiveInt(value) {
    if (!value || !/^\d+$/.test(value))
        return undefined;
    const n = Number(value);
    return n > 0 ? n : undefined;
}
function nonEmpty(value) {
    return value && value.trim() !== '' ? value.trim() : undefined;
}

;// CONCATENATED MODULE: ./src/core/ci/azure-pipelines.ts

function stripHeads(ref) {
    const parsed = parseRef(ref);
    return parsed.branch ?? nonEmpty(ref);
}
/** Azure Pipelines: BUILD_SOURCEBRANCH, SYSTEM_PULLREQUEST_* and the collection URI. */
const azurePipelines = {
    name: 'azure-pipelines',
    detect: (env) => (env.TF_BUILD ?? '').toLowerCase() === 'true',
    configuration(env) {
        const ref = parseRef(env.BUILD_SOURCEBRANCH);
        // GitHub-hosted repositories expose the PR number; Azure Repos only the PR id.
        const prNumber = positiveInt(env.SYSTEM_PULLREQUEST_PULLREQUESTNUMBER)
            ?? positiveInt(env.SYSTEM_PULLREQUEST_PULLREQUESTID) ?? ref.pr;
        const isPr = env.BUILD_REASON === 'PullRequest' || prNumber !== undefined;
        const collection = nonEmpty(env.SYSTEM_COLLECTIONURI) ?? nonEmpty(env.SYSTEM_TEAMFOUNDATIONCOLLECTIONURI);
        const project = nonEmpty(env.SYSTEM_TEAMPROJECT);
        const buildId = nonEmpty(env.BUILD_BUILDID);
        return {
            name: 'azure-pipelines',
            branch: isPr ? stripHeads(env.SYSTEM_PULLREQUEST_SOURCEBRANCH) : ref.branch,
            tag: ref.tag,
            commit: nonEmpty(env.BUILD_SOURCEVERSION),
            isPr,
            prNumber: isPr ? prNumber : undefined,
            targetBranch: isPr ? stripHeads(env.SYSTEM_PULLREQUEST_TARGETBRANCH) : undefined,
            defaultBranch: undefined,
            buildUrl: collection && project && buildId
                ? `${collection.replace(/\/?$/, '/')}${encodeURIComponent(project)}/_build/results?buildId=${buildId}`
                : undefined,
            repoUrl: nonEmpty(env.BUILD_REPOSITORY_URI)
        };
    }
};

;// CONCATENATED MODULE: ./src/core/ci/github.ts


function readEvent(path) {
    if (!path)
        return {};
    try {
        return JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(path, 'utf8'));
    }
    catch {
        return {};
    }
}
/** GitHub Actions: GITHUB_REF, GITHUB_HEAD_REF and the event payload at GITHUB_EVENT_PATH. */
const github = {
    name: 'github',
    detect: (env) => env.GITHUB_ACTIONS === 'true',
    configuration(env) {
        const event = readEvent(env.GITHUB_EVENT_PATH);
        const ref = parseRef(env.GITHUB_REF);
        const isPr = /^pull_request/.test(env.GITHUB_EVENT_NAME ?? '') || ref.pr !== undefined;
        const prNumber = event.pull_request?.number ?? ref.pr ?? (isPr ? event.number : undefined);
        const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
        const repo = nonEmpty(env.GITHUB_REPOSITORY);
        return {
            name: 'github',
            branch: isPr ? nonEmpty(env.GITHUB_HEAD_REF) ?? event.pull_request?.head?.ref : ref.branch,
            tag: ref.tag,
            commit: nonEmpty(env.GITHUB_SHA),
            isPr,
            prNumber,
            targetBranch: isPr ? nonEmpty(env.GITHUB_BASE_REF) ?? event.pull_request?.base?.ref : undefined,
            defaultBranch: event.repository?.default_branch,
            buildUrl: repo && env.GITHUB_RUN_ID ? `${server}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` : undefined,
            repoUrl: repo ? `${server}/${repo}` : undefined
        };
    }
};

;// CONCATENATED MODULE: ./src/core/ci/gitlab.ts

/** GitLab CI/CD predefined variables (CI_COMMIT_*, CI_MERGE_REQUEST_*). */
const gitlab = {
    name: 'gitlab',
    detect: (env) => env.GITLAB_CI === 'true',
    configuration(env) {
        const prNumber = positiveInt(env.CI_MERGE_REQUEST_IID);
        const isPr = prNumber !== undefined;
        const tag = nonEmpty(env.CI_COMMIT_TAG);
        return {
            name: 'gitlab',
            branch: isPr
                ? nonEmpty(env.CI_MERGE_REQUEST_SOURCE_BRANCH_NAME)
                : tag ? undefined : nonEmpty(env.CI_COMMIT_BRANCH) ?? nonEmpty(env.CI_COMMIT_REF_NAME),
            tag,
            commit: nonEmpty(env.CI_COMMIT_SHA),
            isPr,
            prNumber,
            targetBranch: nonEmpty(env.CI_MERGE_REQUEST_TARGET_BRANCH_NAME),
            defaultBranch: nonEmpty(env.CI_DEFAULT_BRANCH),
            buildUrl: nonEmpty(env.CI_JOB_URL) ?? nonEmpty(env.CI_PIPELINE_URL),
            repoUrl: nonEmpty(env.CI_PROJECT_URL)
        };
    }
};

;// CONCATENATED MODULE: ./src/core/ci/jenkins.ts

/**
 * Jenkins: multibranch pipelines set BRANCH_NAME (PR-12 for changes), TAG_NAME
 * and CHANGE_*; plain pipelines with the Git plugin only GIT_BRANCH (origin/main).
 */
const jenkins = {
    name: 'jenkins',
    detect: (env) => Boolean(env.JENKINS_URL && (env.BUILD_ID || env.BUILD_NUMBER)),
    configuration(env) {
        const prNumber = positiveInt(env.CHANGE_ID);
        const isPr = prNumber !== undefined;
        const tag = nonEmpty(env.TAG_NAME);
        const gitBranch = nonEmpty(env.GIT_BRANCH)?.replace(/^(refs\/heads\/|origin\/)/, '');
        return {
            name: 'jenkins',
            branch: isPr ? nonEmpty(env.CHANGE_BRANCH) : tag ? undefined : nonEmpty(env.BRANCH_NAME) ?? gitBranch,
            tag,
            commit: nonEmpty(env.GIT_COMMIT),
            isPr,
            prNumber,
            targetBranch: isPr ? nonEmpty(env.CHANGE_TARGET) : undefined,
            defaultBranch: undefined,
            buildUrl: nonEmpty(env.BUILD_URL),
            repoUrl: nonEmpty(env.GIT_URL)?.replace(/\.git$/, '')
        };
    }
};

;// CONCATENATED MODULE: ./src/core/ci/index.ts




/** CI platforms by name, tried in order; `local` is the fallback when none matches. */
const ciPlatforms = [github, gitlab, azurePipelines, jenkins];
/**
 * Detects the CI from its own variables. Values a CI does not provide (the
 * local fallback provides none) are filled in from git by the caller.
 */
function detectCi(env) {
    const platform = ciPlatforms.find((p) => p.detect(env));
    return platform ? platform.configuration(env) : { name: 'local', isPr: false };
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./src/core/git/git.ts


/**
 * Every git call goes through `exec`: non-interactive, no pager, in one cwd.
 * `try*` methods answer booleans or undefined instead of throwing.
 */
class Git {
    cwd;
    env;
    constructor(cwd, env = {}) {
        this.cwd = cwd;
        this.env = env;
    }
    exec(args, options = {}) {
        return new Promise((resolve, reject) => {
            (0,external_node_child_process_namespaceObject.execFile)('git', args, {
                cwd: this.cwd,
                maxBuffer: 1024 * 1024 * 1024,
                env: { ...this.env, GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', LC_ALL: 'C' }
            }, (error, stdout, stderr) => {
                const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
                if (error?.code === 'ENOENT') {
                    reject(new GitError('git is not installed or not on PATH. Install git and try again.'));
                    return;
                }
                if (code !== 0 && !options.allowFailure) {
                    reject(new GitError(`git ${args.join(' ')} failed: ${stderr.trim() || stdout.trim()}`, { args, code }));
                    return;
                }
                resolve({ code, stdout, stderr });
            });
        });
    }
    async out(args) {
        return (await this.exec(args)).stdout.trim();
    }
    /** Fails with a message saying what to do when cwd is not a repository with commits. */
    async assertRepository() {
        const inside = await this.exec(['rev-parse', '--is-inside-work-tree'], { allowFailure: true });
        if (inside.code !== 0 || inside.stdout.trim() !== 'true') {
            throw new GitError(`${this.cwd} is not a git repository. Run otakit inside your app's repository (or pass --cwd), or run "git init" and commit first.`);
        }
        const head = await this.exec(['rev-parse', '--verify', '-q', 'HEAD'], { allowFailure: true });
        if (head.code !== 0) {
            throw new GitError('The repository has no commits yet. Commit your app first ("git add -A && git commit -m \'feat: first version\'"), then run otakit again.');
        }
    }
    head() {
        return this.out(['rev-parse', 'HEAD']);
    }
    async tryCurrentBranch() {
        const r = await this.exec(['symbolic-ref', '--short', '-q', 'HEAD'], { allowFailure: true });
        return r.code === 0 && r.stdout.trim() ? r.stdout.trim() : undefined;
    }
    async tryRemoteDefaultBranch(remote = 'origin') {
        const r = await this.exec(['symbolic-ref', '--short', '-q', `refs/remotes/${remote}/HEAD`], { allowFailure: true });
        const name = r.stdout.trim();
        return r.code === 0 && name ? name.replace(`${remote}/`, '') : undefined;
    }
    async tagsPointingAtHead() {
        return splitLines(await this.out(['tag', '--points-at', 'HEAD']));
    }
    async tagsMergedIntoHead() {
        return splitLines(await this.out(['tag', '--merged', 'HEAD']));
    }
    async allTags() {
        return splitLines(await this.out(['tag', '--list']));
    }
    async isShallow() {
        return (await this.out(['rev-parse', '--is-shallow-repository'])) === 'true';
    }
    async hasRemote(remote) {
        const r = await this.exec(['remote', 'get-url', remote], { allowFailure: true });
        return r.code === 0;
    }
    /** Deepens a shallow clone and fetches tags; the network operation, so it is retried once. */
    async fetchDeeper(remote, deepen) {
        const args = ['fetch', '--quiet', '--tags', '--force', deepen === 'unshallow' ? '--unshallow' : `--deepen=${deepen}`, remote];
        let result = await this.exec(args, { allowFailure: true });
        if (result.code !== 0)
            result = await this.exec(args, { allowFailure: true });
        return result;
    }
    /** Commits in `range` (newest first), merges left out: their content is in the merged commits. */
    async commits(range) {
        const commits = [];
        await this.eachCommit(range, (c) => commits.push(c));
        return commits;
    }
    /**
     * Streams the commits in `range` (newest first, merges left out: their content
     * is in the merged commits) so they are parsed while git is still walking.
     */
    eachCommit(range, onCommit) {
        const args = ['log', '--no-merges', '--format=%H%x1f%B%x1e', range];
        return new Promise((resolve, reject) => {
            const child = (0,external_node_child_process_namespaceObject.spawn)('git', args, {
                cwd: this.cwd,
                env: { ...this.env, GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', LC_ALL: 'C' },
                stdio: ['ignore', 'pipe', 'pipe']
            });
            let rest = '';
            let stderr = '';
            let failed;
            child.stdout.setEncoding('utf8');
            child.stdout.on('data', (chunk) => {
                const records = (rest + chunk).split('\x1e');
                rest = records.pop() ?? '';
                try {
                    for (const record of records)
                        emit(record);
                }
                catch (error) {
                    failed = error;
                    child.kill();
                }
            });
            child.stderr.on('data', (chunk) => { stderr += chunk.toString(); });
            const emit = (record) => {
                const sep = record.indexOf('\x1f');
                if (sep >= 0)
                    onCommit({ hash: record.slice(0, sep).trim(), message: record.slice(sep + 1).trim() });
            };
            child.on('error', (error) => reject(new GitError(`Could not run git: ${error.message}. Install git and try again.`)));
            child.on('close', (code) => {
                if (failed)
                    return reject(failed);
                if (code !== 0)
                    return reject(new GitError(`git ${args.join(' ')} failed: ${stderr.trim()}`, { args, code }));
                try {
                    emit(rest);
                    resolve();
                }
                catch (error) {
                    reject(error);
                }
            });
        });
    }
    async changedFiles(from, to = 'HEAD') {
        return splitLines(await this.out(['diff', '--name-only', from, to]));
    }
}
function splitLines(text) {
    return text.split('\n').map((l) => l.trim()).filter(Boolean);
}

;// CONCATENATED MODULE: ./src/core/native/fingerprint.ts




// Generated by builds or by `cap sync`, not authored: they must not count as native changes.
const IGNORED_DIRS = new Set(['build', '.gradle', '.idea', 'Pods', 'DerivedData', 'xcuserdata', 'node_modules', '.cxx', 'public', 'capacitor-cordova-android-plugins', 'capacitor-cordova-ios-plugins']);
const IGNORED_FILES = new Set(['capacitor.config.json', 'capacitor.plugins.json', 'local.properties', 'config.xml', '.DS_Store']);
async function hashTree(root, ignoreDirs = IGNORED_DIRS) {
    if (!(0,external_node_fs_namespaceObject.existsSync)(root))
        return undefined;
    const hash = (0,external_node_crypto_namespaceObject.createHash)('sha256');
    let count = 0;
    async function visit(dir, rel) {
        const entries = (await (0,promises_namespaceObject.readdir)(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
        for (const entry of entries) {
            const childRel = rel ? `${rel}/${entry.name}` : entry.name;
            if (entry.isDirectory()) {
                if (!ignoreDirs.has(entry.name))
                    await visit(external_node_path_default().join(dir, entry.name), childRel);
            }
            else if (entry.isFile() && !IGNORED_FILES.has(entry.name)) {
                hash.update(childRel).update('\0').update(await (0,promises_namespaceObject.readFile)(external_node_path_default().join(dir, entry.name))).update('\0');
                count++;
            }
        }
    }
    await visit(root, '');
    return count > 0 ? hash.digest('hex').slice(0, 16) : undefined;
}
function isCapacitorPackage(name, installed) {
    if (name === '@capacitor/cli')
        return false;
    if (installed && typeof installed.capacitor === 'object')
        return true;
    return /(^@capacitor(-community)?\/|^@capgo\/|capacitor)/i.test(name);
}
async function fingerprint_readJson(file) {
    try {
        return JSON.parse(await (0,promises_namespaceObject.readFile)(file, 'utf8'));
    }
    catch {
        return undefined;
    }
}
/**
 * Fingerprints the native side of a Capacitor app: installed Capacitor plugins
 * (version and native sources), the app's android/ and ios/ sources (build
 * outputs excluded) and the capacitor config other than webDir.
 */
async function nativeFingerprint(cwd) {
    const pkg = (await fingerprint_readJson(external_node_path_default().join(cwd, 'package.json'))) ?? {};
    const deps = { ...pkg.dependencies };
    const plugins = {};
    for (const name of Object.keys(deps).sort()) {
        const dir = external_node_path_default().join(cwd, 'node_modules', name);
        const installed = await fingerprint_readJson(external_node_path_default().join(dir, 'package.json'));
        if (!isCapacitorPackage(name, installed))
            continue;
        if (installed && typeof installed.version === 'string') {
            const native = [await hashTree(external_node_path_default().join(dir, 'android')), await hashTree(external_node_path_default().join(dir, 'ios'))].filter(Boolean).join('/');
            plugins[name] = native ? `${installed.version}+${native}` : installed.version;
        }
        else {
            plugins[name] = deps[name];
        }
    }
    const android = await hashTree(external_node_path_default().join(cwd, 'android'));
    const ios = await hashTree(external_node_path_default().join(cwd, 'ios'));
    const config = await capacitorConfigHash(cwd);
    const parts = { plugins, android, ios, config };
    const digest = (0,external_node_crypto_namespaceObject.createHash)('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32);
    return { digest, ...parts };
}
async function capacitorConfigHash(cwd) {
    const json = await fingerprint_readJson(external_node_path_default().join(cwd, 'capacitor.config.json'));
    if (json) {
        const { webDir: _ignored, ...rest } = json;
        return (0,external_node_crypto_namespaceObject.createHash)('sha256').update(JSON.stringify(sortKeys(rest))).digest('hex').slice(0, 16);
    }
    for (const name of ['capacitor.config.ts', 'capacitor.config.js', 'capacitor.config.mjs']) {
        try {
            const text = (await (0,promises_namespaceObject.readFile)(external_node_path_default().join(cwd, name), 'utf8')).replace(/^\s*webDir\s*:.*$/m, '');
            return (0,external_node_crypto_namespaceObject.createHash)('sha256').update(text).digest('hex').slice(0, 16);
        }
        catch { /* next */ }
    }
    return undefined;
}
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (value && typeof value === 'object') {
        return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sortKeys(value[k])]));
    }
    return value;
}
/** Sentences naming what changed between two fingerprints. */
function describeNativeChange(before, after) {
    const changes = [];
    const names = new Set([...Object.keys(before.plugins), ...Object.keys(after.plugins)]);
    for (const name of [...names].sort()) {
        const a = before.plugins[name];
        const b = after.plugins[name];
        if (a === undefined)
            changes.push(`plugin ${name} added (${b})`);
        else if (b === undefined)
            changes.push(`plugin ${name} removed`);
        else if (a !== b)
            changes.push(`plugin ${name} changed (${a} → ${b})`);
    }
    if (before.android !== after.android)
        changes.push('android/ sources changed');
    if (before.ios !== after.ios)
        changes.push('ios/ sources changed');
    if (before.config !== after.config)
        changes.push('capacitor config changed (beyond webDir)');
    return changes;
}

;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: external "node:stream"
const external_node_stream_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");
;// CONCATENATED MODULE: ./src/core/store/file-store.ts







const LOCK_STALE_MS = 30_000;
async function sha256File(file) {
    const hash = (0,external_node_crypto_namespaceObject.createHash)('sha256');
    for await (const chunk of (0,external_node_fs_namespaceObject.createReadStream)(file))
        hash.update(chunk);
    return hash.digest('hex');
}
function tempName(target) {
    return `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
}
async function readJsonFile(file) {
    try {
        return JSON.parse(await (0,promises_namespaceObject.readFile)(file, 'utf8'));
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw new StoreError(`Cannot read ${file}: ${error.message}. The store may be damaged; restore the file from a backup.`);
    }
}
/**
 * The embedded store: a folder (default `.otakit/store`). Atomic renames,
 * hard-link create-if-absent and a lock file per channel give the same
 * guarantees the S3 store gets from conditional writes.
 */
class FileStore {
    root;
    constructor(root) {
        this.root = root;
    }
    get url() {
        return (0,external_node_url_namespaceObject.pathToFileURL)(this.root).href;
    }
    app(appId, ...parts) {
        // Ids become folder names: never let one climb out of the store.
        if (!/^[A-Za-z0-9._-]+$/.test(appId) || appId === '.' || appId === '..')
            throw new StoreError(`Invalid app id "${appId}".`);
        return external_node_path_default().join(this.root, 'apps', appId, ...parts);
    }
    blobPath(appId, kind, sha256) {
        if (!/^[0-9a-f]{64}$/.test(sha256))
            throw new StoreError(`Invalid blob name "${sha256}": expected a lowercase SHA-256.`);
        return this.app(appId, kind, kind === 'artifacts' ? `${sha256}.zip` : sha256);
    }
    blobUrl(appId, kind, sha256) {
        return (0,external_node_url_namespaceObject.pathToFileURL)(this.blobPath(appId, kind, sha256)).href;
    }
    async hasBlob(appId, kind, sha256) {
        try {
            await (0,promises_namespaceObject.stat)(this.blobPath(appId, kind, sha256));
            return true;
        }
        catch {
            return false;
        }
    }
    async putBlob(appId, kind, sha256, source) {
        const target = this.blobPath(appId, kind, sha256);
        const size = (await (0,promises_namespaceObject.stat)(source)).size;
        try {
            if ((await (0,promises_namespaceObject.stat)(target)).size === size)
                return;
        }
        catch { /* absent: write it */ }
        await (0,promises_namespaceObject.mkdir)(external_node_path_default().dirname(target), { recursive: true });
        const temp = tempName(target);
        try {
            await (0,promises_namespaceObject.copyFile)(source, temp);
            const written = await sha256File(temp);
            if (written !== sha256 || (await (0,promises_namespaceObject.stat)(temp)).size !== size) {
                throw new StoreError(`Stored copy of ${external_node_path_default().basename(source)} does not match its checksum (${written} ≠ ${sha256}). Check the disk and run again.`);
            }
            await (0,promises_namespaceObject.rename)(temp, target);
        }
        finally {
            await (0,promises_namespaceObject.rm)(temp, { force: true });
        }
    }
    async createBundle(record) {
        const target = this.app(record.appId, 'bundles', `${encodeURIComponent(record.version)}.json`);
        await (0,promises_namespaceObject.mkdir)(external_node_path_default().dirname(target), { recursive: true });
        const temp = tempName(target);
        await (0,promises_namespaceObject.writeFile)(temp, `${JSON.stringify(record, null, 2)}\n`);
        try {
            // link() fails if the target exists: an atomic create-if-absent of a complete file.
            await (0,promises_namespaceObject.link)(temp, target);
            return true;
        }
        catch (error) {
            if (error.code === 'EEXIST')
                return false;
            throw new StoreError(`Cannot write ${target}: ${error.message}`);
        }
        finally {
            await (0,promises_namespaceObject.unlink)(temp).catch(() => undefined);
        }
    }
    getBundle(appId, version) {
        return readJsonFile(this.app(appId, 'bundles', `${encodeURIComponent(version)}.json`));
    }
    async listBundleVersions(appId) {
        return (await this.list(this.app(appId, 'bundles'))).map((n) => decodeURIComponent(n));
    }
    getChannel(appId, name) {
        return readJsonFile(this.app(appId, 'channels', `${name}.json`));
    }
    listChannels(appId) {
        return this.list(this.app(appId, 'channels'));
    }
    async list(dir) {
        try {
            return (await (0,promises_namespaceObject.readdir)(dir)).filter((n) => n.endsWith('.json')).map((n) => n.slice(0, -5)).sort();
        }
        catch (error) {
            if (error.code === 'ENOENT')
                return [];
            throw error;
        }
    }
    async putChannel(appId, record, expectedRevision) {
        const target = this.app(appId, 'channels', `${record.name}.json`);
        await (0,promises_namespaceObject.mkdir)(external_node_path_default().dirname(target), { recursive: true });
        const release = await this.lock(`${target}.lock`);
        try {
            const current = await readJsonFile(target);
            if (current?.revision !== expectedRevision)
                return false;
            const temp = tempName(target);
            await (0,promises_namespaceObject.writeFile)(temp, `${JSON.stringify(record, null, 2)}\n`);
            await (0,promises_namespaceObject.rename)(temp, target);
            return true;
        }
        finally {
            await release();
        }
    }
    async statBlob(appId, kind, sha256) {
        try {
            return (await (0,promises_namespaceObject.stat)(this.blobPath(appId, kind, sha256))).size;
        }
        catch {
            return undefined;
        }
    }
    readBlob(appId, kind, sha256, range) {
        const stream = (0,external_node_fs_namespaceObject.createReadStream)(this.blobPath(appId, kind, sha256), range ? { start: range.start, end: range.end } : {});
        return external_node_stream_namespaceObject.Readable.toWeb(stream);
    }
    devicePath(appId, deviceId) {
        return this.app(appId, 'devices', `${encodeURIComponent(deviceId)}.json`);
    }
    async getDeviceChannel(appId, deviceId) {
        return (await readJsonFile(this.devicePath(appId, deviceId)))?.channel;
    }
    async listDevicesWithChannel(appId) {
        return (await this.list(this.app(appId, 'devices'))).map((n) => decodeURIComponent(n));
    }
    async putDeviceChannel(appId, deviceId, channel) {
        const target = this.devicePath(appId, deviceId);
        if (channel === undefined) {
            await (0,promises_namespaceObject.rm)(target, { force: true });
            return;
        }
        await (0,promises_namespaceObject.mkdir)(external_node_path_default().dirname(target), { recursive: true });
        const temp = tempName(target);
        await (0,promises_namespaceObject.writeFile)(temp, JSON.stringify({ channel, updatedAt: new Date().toISOString() }));
        await (0,promises_namespaceObject.rename)(temp, target);
    }
    async appendStats(appId, day, events) {
        const dir = this.app(appId, 'stats', day);
        await (0,promises_namespaceObject.mkdir)(dir, { recursive: true });
        const target = external_node_path_default().join(dir, `${Date.now()}-${process.pid}-${Math.random().toString(36).slice(2)}.json`);
        const temp = tempName(target);
        await (0,promises_namespaceObject.writeFile)(temp, JSON.stringify(events));
        await (0,promises_namespaceObject.rename)(temp, target);
    }
    async readStats(appId, sinceDay) {
        const root = this.app(appId, 'stats');
        let days;
        try {
            days = (await (0,promises_namespaceObject.readdir)(root)).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d) && (!sinceDay || d >= sinceDay)).sort();
        }
        catch {
            return [];
        }
        const events = [];
        for (const day of days) {
            for (const name of (await (0,promises_namespaceObject.readdir)(external_node_path_default().join(root, day))).filter((n) => n.endsWith('.json')).sort()) {
                const batch = await readJsonFile(external_node_path_default().join(root, day, name));
                if (batch)
                    events.push(...batch);
            }
        }
        return events;
    }
    /** An exclusive lock file; one left by a killed process is taken over once stale. */
    async lock(file) {
        for (let attempt = 0;; attempt++) {
            try {
                const handle = await (0,promises_namespaceObject.open)(file, 'wx');
                await handle.writeFile(String(process.pid));
                await handle.close();
                return () => (0,promises_namespaceObject.unlink)(file).catch(() => undefined);
            }
            catch (error) {
                if (error.code !== 'EEXIST')
                    throw error;
                try {
                    if (Date.now() - (await (0,promises_namespaceObject.stat)(file)).mtimeMs > LOCK_STALE_MS)
                        await (0,promises_namespaceObject.unlink)(file);
                }
                catch { /* released meanwhile */ }
                if (attempt > 2000)
                    throw new StoreError(`Channel lock ${file} is held for too long. If no otakit is running, delete the file.`);
                await new Promise((r) => setTimeout(r, 5 + Math.random() * 20));
            }
        }
    }
}

;// CONCATENATED MODULE: ./src/core/store/registry.ts




/** Store backends by URL scheme. A plain path is the `file:` store. */
const backends = {
    file: (url, cwd) => new FileStore(url.startsWith('file://') ? (0,external_node_url_namespaceObject.fileURLToPath)(url) : external_node_path_default().resolve(cwd, url.slice('file:'.length)))
};
function knownStoreSchemes() {
    return Object.keys(backends).map((s) => `${s}:`);
}
function openStore(url, cwd) {
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url);
    // One-letter schemes are Windows drive letters, i.e. plain paths.
    if (!scheme || scheme[1].length === 1)
        return new FileStore(external_node_path_default().resolve(cwd, url));
    const factory = backends[scheme[1].toLowerCase()];
    if (!factory) {
        throw new ConfigurationError([`Unknown store "${url}": scheme "${scheme[1]}:" is not supported. Known stores: ${knownStoreSchemes().join(', ')} (or a plain folder path).`]);
    }
    return factory(url, cwd);
}

;// CONCATENATED MODULE: ./node_modules/conventional-commits-parser/dist/regex.js
const nomatchRegex = /(?!.*)/;
function regex_escape(string) {
    return string.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
function joinOr(parts) {
    return parts
        .map(val => (typeof val === 'string' ? regex_escape(val.trim()) : val.source))
        .filter(Boolean)
        .join('|');
}
function getNotesRegex(noteKeywords, notesPattern) {
    if (!noteKeywords) {
        return nomatchRegex;
    }
    const noteKeywordsSelection = joinOr(noteKeywords);
    if (!notesPattern) {
        return new RegExp(`^(?:\\*\\s+)?(${noteKeywordsSelection}):\\s*(.*)`, 'i');
    }
    return notesPattern(noteKeywordsSelection);
}
function getReferencePartsRegex(issuePrefixes, issuePrefixesCaseSensitive) {
    if (!issuePrefixes) {
        return nomatchRegex;
    }
    // Sticky, so a search starts where the last reference ended and `.*?` takes the text
    // up to the next one: a line is scanned once, not again from every position.
    const flags = issuePrefixesCaseSensitive ? 'gy' : 'giy';
    const repositoryChar = '[\\w-\\.\\/]';
    // A reference starts a word, and its repository is the whole word before the prefix,
    // so `gh-` is not a prefix inside of `tough-cookie` or `high-5`.
    // An issue has a digit, so `#general` is not a reference.
    return new RegExp(`.*?(?<!${repositoryChar})(?:(${repositoryChar}+)(?!${repositoryChar}))?(${joinOr(issuePrefixes)})((?=[\\w-]*\\d)[\\w-]+)(?=\\s|$|[,;.)\\]])`, flags);
}
function getReferencesRegex(referenceActions, separator = '') {
    if (!referenceActions) {
        // matches everything
        return /()(.+)/gi;
    }
    const joinedKeywords = joinOr(referenceActions);
    // Keywords are whole words: `prefix #1` has no `fix` action,
    // and `fixups` does not end the references of the previous keyword.
    const nextKeyword = `(?<!\\w)(?:${joinedKeywords})(?!\\w)`;
    return new RegExp(`(?<!\\w)(${joinedKeywords})${separator}(?:\\s+(.*?))(?=${nextKeyword}|$)`, 'gi');
}
function getFooterTokenRegex(issuePrefixes) {
    const issuePrefixSeparator = issuePrefixes
        ? `|\\s+(?:${joinOr(issuePrefixes)})`
        : '';
    // Footers follow the git trailer convention: the token starts at the
    // beginning of the line, indented `key: value` lines are not footers.
    return new RegExp(`^(?:BREAKING CHANGE|[\\w-]+)(?::\\s+${issuePrefixSeparator}).+`, 'i');
}
/**
 * Make the regexes used to parse a commit.
 * @param options
 * @returns Regexes.
 */
function getParserRegexes(options = {}) {
    const notes = getNotesRegex(options.noteKeywords, options.notesPattern);
    const referenceParts = getReferencePartsRegex(options.issuePrefixes, options.issuePrefixesCaseSensitive);
    const references = getReferencesRegex(options.referenceActions);
    // In a footer the keyword is a token, which may be followed by a colon: `Closes: #1`
    const footerReferences = getReferencesRegex(options.referenceActions, ':?');
    const footerToken = getFooterTokenRegex(options.issuePrefixes);
    return {
        notes,
        referenceParts,
        references,
        footerReferences,
        footerToken,
        mentions: /@([\w-]+)/g,
        url: /\b(?:https?):\/\/(?:www\.)?([-a-zA-Z0-9@:%_+.~#?&//=])+\b/
    };
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoicmVnZXguanMiLCJzb3VyY2VSb290IjoiIiwic291cmNlcyI6WyIuLi9zcmMvcmVnZXgudHMiXSwibmFtZXMiOltdLCJtYXBwaW5ncyI6IkFBS0EsTUFBTSxZQUFZLEdBQUcsUUFBUSxDQUFBO0FBRTdCLFNBQVMsTUFBTSxDQUFDLE1BQWM7SUFDNUIsT0FBTyxNQUFNLENBQUMsT0FBTyxDQUFDLHFCQUFxQixFQUFFLE1BQU0sQ0FBQyxDQUFBO0FBQ3RELENBQUM7QUFFRCxTQUFTLE1BQU0sQ0FBQyxLQUEwQjtJQUN4QyxPQUFPLEtBQUs7U0FDVCxHQUFHLENBQUMsR0FBRyxDQUFDLEVBQUUsQ0FBQyxDQUFDLE9BQU8sR0FBRyxLQUFLLFFBQVEsQ0FBQyxDQUFDLENBQUMsTUFBTSxDQUFDLEdBQUcsQ0FBQyxJQUFJLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxHQUFHLENBQUMsTUFBTSxDQUFDLENBQUM7U0FDdkUsTUFBTSxDQUFDLE9BQU8sQ0FBQztTQUNmLElBQUksQ0FBQyxHQUFHLENBQUMsQ0FBQTtBQUNkLENBQUM7QUFFRCxTQUFTLGFBQWEsQ0FDcEIsWUFBNkMsRUFDN0MsWUFBb0Q7SUFFcEQsSUFBSSxDQUFDLFlBQVksRUFBRSxDQUFDO1FBQ2xCLE9BQU8sWUFBWSxDQUFBO0lBQ3JCLENBQUM7SUFFRCxNQUFNLHFCQUFxQixHQUFHLE1BQU0sQ0FBQyxZQUFZLENBQUMsQ0FBQTtJQUVsRCxJQUFJLENBQUMsWUFBWSxFQUFFLENBQUM7UUFDbEIsT0FBTyxJQUFJLE1BQU0sQ0FBQyxpQkFBaUIscUJBQXFCLFlBQVksRUFBRSxHQUFHLENBQUMsQ0FBQTtJQUM1RSxDQUFDO0lBRUQsT0FBTyxZQUFZLENBQUMscUJBQXFCLENBQUMsQ0FBQTtBQUM1QyxDQUFDO0FBRUQsU0FBUyxzQkFBc0IsQ0FDN0IsYUFBOEMsRUFDOUMsMEJBQStDO0lBRS9DLElBQUksQ0FBQyxhQUFhLEVBQUUsQ0FBQztRQUNuQixPQUFPLFlBQVksQ0FBQTtJQUNyQixDQUFDO0lBRUQscUZBQXFGO0lBQ3JGLDZFQUE2RTtJQUM3RSxNQUFNLEtBQUssR0FBRywwQkFBMEIsQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxLQUFLLENBQUE7SUFDdkQsTUFBTSxjQUFjLEdBQUcsY0FBYyxDQUFBO0lBRXJDLHFGQUFxRjtJQUNyRixpRUFBaUU7SUFDakUsMERBQTBEO0lBQzFELE9BQU8sSUFBSSxNQUFNLENBQUMsVUFBVSxjQUFjLFFBQVEsY0FBYyxRQUFRLGNBQWMsT0FBTyxNQUFNLENBQUMsYUFBYSxDQUFDLDZDQUE2QyxFQUFFLEtBQUssQ0FBQyxDQUFBO0FBQ3pLLENBQUM7QUFFRCxTQUFTLGtCQUFrQixDQUN6QixnQkFBaUQsRUFDakQsU0FBUyxHQUFHLEVBQUU7SUFFZCxJQUFJLENBQUMsZ0JBQWdCLEVBQUUsQ0FBQztRQUN0QixxQkFBcUI7UUFDckIsT0FBTyxVQUFVLENBQUE7SUFDbkIsQ0FBQztJQUVELE1BQU0sY0FBYyxHQUFHLE1BQU0sQ0FBQyxnQkFBZ0IsQ0FBQyxDQUFBO0lBQy9DLDZEQUE2RDtJQUM3RCxvRUFBb0U7SUFDcEUsTUFBTSxXQUFXLEdBQUcsY0FBYyxjQUFjLFVBQVUsQ0FBQTtJQUUxRCxPQUFPLElBQUksTUFBTSxDQUFDLFlBQVksY0FBYyxJQUFJLFNBQVMsbUJBQW1CLFdBQVcsS0FBSyxFQUFFLElBQUksQ0FBQyxDQUFBO0FBQ3JHLENBQUM7QUFFRCxTQUFTLG1CQUFtQixDQUMxQixhQUE4QztJQUU5QyxNQUFNLG9CQUFvQixHQUFHLGFBQWE7UUFDeEMsQ0FBQyxDQUFDLFdBQVcsTUFBTSxDQUFDLGFBQWEsQ0FBQyxHQUFHO1FBQ3JDLENBQUMsQ0FBQyxFQUFFLENBQUE7SUFFTixxRUFBcUU7SUFDckUsc0VBQXNFO0lBQ3RFLE9BQU8sSUFBSSxNQUFNLENBQUMsdUNBQXVDLG9CQUFvQixLQUFLLEVBQUUsR0FBRyxDQUFDLENBQUE7QUFDMUYsQ0FBQztBQUVEOzs7O0dBSUc7QUFDSCxNQUFNLFVBQVUsZ0JBQWdCLENBQzlCLE9BQU8sR0FBK0gsRUFBRTtJQUV4SSxNQUFNLEtBQUssR0FBRyxhQUFhLENBQUMsT0FBTyxDQUFDLFlBQVksRUFBRSxPQUFPLENBQUMsWUFBWSxDQUFDLENBQUE7SUFDdkUsTUFBTSxjQUFjLEdBQUcsc0JBQXNCLENBQUMsT0FBTyxDQUFDLGFBQWEsRUFBRSxPQUFPLENBQUMsMEJBQTBCLENBQUMsQ0FBQTtJQUN4RyxNQUFNLFVBQVUsR0FBRyxrQkFBa0IsQ0FBQyxPQUFPLENBQUMsZ0JBQWdCLENBQUMsQ0FBQTtJQUMvRCxxRkFBcUY7SUFDckYsTUFBTSxnQkFBZ0IsR0FBRyxrQkFBa0IsQ0FBQyxPQUFPLENBQUMsZ0JBQWdCLEVBQUUsSUFBSSxDQUFDLENBQUE7SUFDM0UsTUFBTSxXQUFXLEdBQUcsbUJBQW1CLENBQUMsT0FBTyxDQUFDLGFBQWEsQ0FBQyxDQUFBO0lBRTlELE9BQU87UUFDTCxLQUFLO1FBQ0wsY0FBYztRQUNkLFVBQVU7UUFDVixnQkFBZ0I7UUFDaEIsV0FBVztRQUNYLFFBQVEsRUFBRSxZQUFZO1FBQ3RCLEdBQUcsRUFBRSwyREFBMkQ7S0FDakUsQ0FBQTtBQUNILENBQUMifQ==
;// CONCATENATED MODULE: ./node_modules/conventional-commits-parser/dist/utils.js
const SCISSOR = '------------------------ >8 ------------------------';
/**
 * Remove leading and trailing newlines.
 * @param input
 * @returns String without leading and trailing newlines.
 */
function trimNewLines(input) {
    // To escape ReDos we should escape String#replace with regex.
    const matches = input.match(/[^\r\n]/);
    if (typeof matches?.index !== 'number') {
        return '';
    }
    const firstIndex = matches.index;
    let lastIndex = input.length - 1;
    while (input[lastIndex] === '\r' || input[lastIndex] === '\n') {
        lastIndex--;
    }
    return input.substring(firstIndex, lastIndex + 1);
}
/**
 * Append a newline to a string.
 * @param src
 * @param line
 * @returns String with appended newline.
 */
function appendLine(src, line) {
    return src ? `${src}\n${line || ''}` : line || '';
}
/**
 * Creates a function that filters out comments lines.
 * @param char
 * @returns Comment filter function.
 */
function getCommentFilter(char) {
    return char
        ? (line) => !line.startsWith(char)
        : () => true;
}
/**
 * Select lines before the scissor.
 * @param lines
 * @param commentChar
 * @returns Lines before the scissor.
 */
function truncateToScissor(lines, commentChar) {
    const scissorIndex = lines.indexOf(`${commentChar} ${SCISSOR}`);
    if (scissorIndex === -1) {
        return lines;
    }
    return lines.slice(0, scissorIndex);
}
/**
 * Filter out GPG sign lines.
 * @param line
 * @returns True if the line is not a GPG sign line.
 */
function gpgFilter(line) {
    return !line.match(/^\s*gpg:/);
}
/**
 * Assign matched correspondence to the target object.
 * @param target - The target object to assign values to.
 * @param matches - The RegExp match array containing the matched groups.
 * @param correspondence - An array of keys that correspond to the matched groups.
 * @returns The target object with assigned values.
 */
function assignMatchedCorrespondence(target, matches, correspondence) {
    const { groups } = matches;
    for (let i = 0, len = correspondence.length, key; i < len; i++) {
        key = correspondence[i];
        target[key] = (groups ? groups[key] : matches[i + 1]) || null;
    }
    return target;
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoidXRpbHMuanMiLCJzb3VyY2VSb290IjoiIiwic291cmNlcyI6WyIuLi9zcmMvdXRpbHMudHMiXSwibmFtZXMiOltdLCJtYXBwaW5ncyI6IkFBQUEsTUFBTSxPQUFPLEdBQUcsc0RBQXNELENBQUE7QUFFdEU7Ozs7R0FJRztBQUNILE1BQU0sVUFBVSxZQUFZLENBQUMsS0FBYTtJQUN4Qyw4REFBOEQ7SUFFOUQsTUFBTSxPQUFPLEdBQUcsS0FBSyxDQUFDLEtBQUssQ0FBQyxTQUFTLENBQUMsQ0FBQTtJQUV0QyxJQUFJLE9BQU8sT0FBTyxFQUFFLEtBQUssS0FBSyxRQUFRLEVBQUUsQ0FBQztRQUN2QyxPQUFPLEVBQUUsQ0FBQTtJQUNYLENBQUM7SUFFRCxNQUFNLFVBQVUsR0FBRyxPQUFPLENBQUMsS0FBSyxDQUFBO0lBQ2hDLElBQUksU0FBUyxHQUFHLEtBQUssQ0FBQyxNQUFNLEdBQUcsQ0FBQyxDQUFBO0lBRWhDLE9BQU8sS0FBSyxDQUFDLFNBQVMsQ0FBQyxLQUFLLElBQUksSUFBSSxLQUFLLENBQUMsU0FBUyxDQUFDLEtBQUssSUFBSSxFQUFFLENBQUM7UUFDOUQsU0FBUyxFQUFFLENBQUE7SUFDYixDQUFDO0lBRUQsT0FBTyxLQUFLLENBQUMsU0FBUyxDQUFDLFVBQVUsRUFBRSxTQUFTLEdBQUcsQ0FBQyxDQUFDLENBQUE7QUFDbkQsQ0FBQztBQUVEOzs7OztHQUtHO0FBQ0gsTUFBTSxVQUFVLFVBQVUsQ0FBQyxHQUFrQixFQUFFLElBQXdCO0lBQ3JFLE9BQU8sR0FBRyxDQUFDLENBQUMsQ0FBQyxHQUFHLEdBQUcsS0FBSyxJQUFJLElBQUksRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLElBQUksSUFBSSxFQUFFLENBQUE7QUFDbkQsQ0FBQztBQUVEOzs7O0dBSUc7QUFDSCxNQUFNLFVBQVUsZ0JBQWdCLENBQUMsSUFBd0I7SUFDdkQsT0FBTyxJQUFJO1FBQ1QsQ0FBQyxDQUFDLENBQUMsSUFBWSxFQUFFLEVBQUUsQ0FBQyxDQUFDLElBQUksQ0FBQyxVQUFVLENBQUMsSUFBSSxDQUFDO1FBQzFDLENBQUMsQ0FBQyxHQUFHLEVBQUUsQ0FBQyxJQUFJLENBQUE7QUFDaEIsQ0FBQztBQUVEOzs7OztHQUtHO0FBQ0gsTUFBTSxVQUFVLGlCQUFpQixDQUMvQixLQUFlLEVBQ2YsV0FBbUI7SUFFbkIsTUFBTSxZQUFZLEdBQUcsS0FBSyxDQUFDLE9BQU8sQ0FBQyxHQUFHLFdBQVcsSUFBSSxPQUFPLEVBQUUsQ0FBQyxDQUFBO0lBRS9ELElBQUksWUFBWSxLQUFLLENBQUMsQ0FBQyxFQUFFLENBQUM7UUFDeEIsT0FBTyxLQUFLLENBQUE7SUFDZCxDQUFDO0lBRUQsT0FBTyxLQUFLLENBQUMsS0FBSyxDQUFDLENBQUMsRUFBRSxZQUFZLENBQUMsQ0FBQTtBQUNyQyxDQUFDO0FBRUQ7Ozs7R0FJRztBQUNILE1BQU0sVUFBVSxTQUFTLENBQUMsSUFBWTtJQUNwQyxPQUFPLENBQUMsSUFBSSxDQUFDLEtBQUssQ0FBQyxVQUFVLENBQUMsQ0FBQTtBQUNoQyxDQUFDO0FBRUQ7Ozs7OztHQU1HO0FBQ0gsTUFBTSxVQUFVLDJCQUEyQixDQUN6QyxNQUFxQyxFQUNyQyxPQUF5QixFQUN6QixjQUF3QjtJQUV4QixNQUFNLEVBQUUsTUFBTSxFQUFFLEdBQUcsT0FBTyxDQUFBO0lBRTFCLEtBQUssSUFBSSxDQUFDLEdBQUcsQ0FBQyxFQUFFLEdBQUcsR0FBRyxjQUFjLENBQUMsTUFBTSxFQUFFLEdBQUcsRUFBRSxDQUFDLEdBQUcsR0FBRyxFQUFFLENBQUMsRUFBRSxFQUFFLENBQUM7UUFDL0QsR0FBRyxHQUFHLGNBQWMsQ0FBQyxDQUFDLENBQUMsQ0FBQTtRQUN2QixNQUFNLENBQUMsR0FBRyxDQUFDLEdBQUcsQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLENBQUMsT0FBTyxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxJQUFJLElBQUksQ0FBQTtJQUMvRCxDQUFDO0lBRUQsT0FBTyxNQUFNLENBQUE7QUFDZixDQUFDIn0=
;// CONCATENATED MODULE: ./node_modules/conventional-commits-parser/dist/options.js
const defaultOptions = {
    noteKeywords: ['BREAKING CHANGE', 'BREAKING-CHANGE'],
    issuePrefixes: ['#'],
    referenceActions: [
        'close',
        'closes',
        'closed',
        'fix',
        'fixes',
        'fixed',
        'resolve',
        'resolves',
        'resolved'
    ],
    headerPattern: /^(\w*)(?:\(([\w$@.\-*/ ]*)\))?: (.*)$/,
    headerCorrespondence: [
        'type',
        'scope',
        'subject'
    ],
    revertPattern: /^Revert\s"([\s\S]*)"\s*This reverts commit (\w*)\.?/,
    revertCorrespondence: ['header', 'hash'],
    // The field name must contain at least one word character so that
    // YAML document markers like `---` are not treated as field markers.
    fieldPattern: /^-(?=.*\w)(.*?)-$/
};
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoib3B0aW9ucy5qcyIsInNvdXJjZVJvb3QiOiIiLCJzb3VyY2VzIjpbIi4uL3NyYy9vcHRpb25zLnRzIl0sIm5hbWVzIjpbXSwibWFwcGluZ3MiOiJBQUVBLE1BQU0sQ0FBQyxNQUFNLGNBQWMsR0FBa0I7SUFDM0MsWUFBWSxFQUFFLENBQUMsaUJBQWlCLEVBQUUsaUJBQWlCLENBQUM7SUFDcEQsYUFBYSxFQUFFLENBQUMsR0FBRyxDQUFDO0lBQ3BCLGdCQUFnQixFQUFFO1FBQ2hCLE9BQU87UUFDUCxRQUFRO1FBQ1IsUUFBUTtRQUNSLEtBQUs7UUFDTCxPQUFPO1FBQ1AsT0FBTztRQUNQLFNBQVM7UUFDVCxVQUFVO1FBQ1YsVUFBVTtLQUNYO0lBQ0QsYUFBYSxFQUFFLHVDQUF1QztJQUN0RCxvQkFBb0IsRUFBRTtRQUNwQixNQUFNO1FBQ04sT0FBTztRQUNQLFNBQVM7S0FDVjtJQUNELGFBQWEsRUFBRSxxREFBcUQ7SUFDcEUsb0JBQW9CLEVBQUUsQ0FBQyxRQUFRLEVBQUUsTUFBTSxDQUFDO0lBQ3hDLGtFQUFrRTtJQUNsRSxxRUFBcUU7SUFDckUsWUFBWSxFQUFFLG1CQUFtQjtDQUNsQyxDQUFBIn0=
;// CONCATENATED MODULE: ./node_modules/conventional-commits-parser/dist/CommitParser.js



/**
 * Helper to create commit object.
 * @param initialData - Initial commit data.
 * @returns Commit object with empty data.
 */
function createCommitObject(initialData = {}) {
    // @ts-expect-error: You can read properties from `Commit` without problems, but you can't assign object to this type. So here is helper for that.
    return {
        merge: null,
        revert: null,
        header: null,
        body: null,
        footer: null,
        notes: [],
        mentions: [],
        references: [],
        ...initialData
    };
}
/**
 * Commit message parser.
 */
class CommitParser_CommitParser {
    options;
    regexes;
    lines = [];
    lineIndex = 0;
    commit = createCommitObject();
    constructor(options = {}) {
        this.options = {
            ...defaultOptions,
            ...options
        };
        this.regexes = getParserRegexes(this.options);
    }
    currentLine() {
        return this.lines[this.lineIndex];
    }
    nextLine() {
        return this.lines[this.lineIndex++];
    }
    isLineAvailable() {
        return this.lineIndex < this.lines.length;
    }
    parseReference(input, action) {
        const { regexes } = this;
        if (regexes.url.test(input)) {
            return null;
        }
        const matches = regexes.referenceParts.exec(input);
        if (!matches) {
            return null;
        }
        let [raw, repository = null, prefix, issue] = matches;
        let owner = null;
        if (repository) {
            const slashIndex = repository.indexOf('/');
            if (slashIndex !== -1) {
                owner = repository.slice(0, slashIndex);
                repository = repository.slice(slashIndex + 1);
            }
        }
        return {
            raw,
            action,
            owner,
            repository,
            prefix,
            issue
        };
    }
    parseReferences(input, isFooterToken = false) {
        const { regexes } = this;
        const regex = isFooterToken
            ? regexes.footerReferences
            : regexes.references;
        // Text outside of action sentences, like `#1` in `#1 Fixes #2`,
        // may also have references, but without an action
        const sentences = [];
        let lastIndex = 0;
        let matches;
        while (true) {
            matches = regex.exec(input);
            if (!matches) {
                break;
            }
            sentences.push([null, input.slice(lastIndex, matches.index)], [matches[1] || null, matches[2] || '']);
            lastIndex = regex.lastIndex;
        }
        sentences.push([null, input.slice(lastIndex)]);
        const references = [];
        let reference;
        for (const [action, sentence] of sentences) {
            while (true) {
                reference = this.parseReference(sentence, action);
                if (!reference) {
                    break;
                }
                references.push(reference);
            }
        }
        return references;
    }
    skipEmptyLines() {
        let line = this.currentLine();
        while (line !== undefined && !line.trim()) {
            this.nextLine();
            line = this.currentLine();
        }
    }
    parseMerge() {
        const { commit, options } = this;
        const correspondence = options.mergeCorrespondence || [];
        const merge = this.currentLine();
        const matches = merge && options.mergePattern
            ? merge.match(options.mergePattern)
            : null;
        if (matches) {
            this.nextLine();
            commit.merge = matches[0] || null;
            assignMatchedCorrespondence(commit, matches, correspondence);
            return true;
        }
        return false;
    }
    parseHeader(isMergeCommit) {
        if (isMergeCommit) {
            this.skipEmptyLines();
        }
        const { commit, options } = this;
        const correspondence = options.headerCorrespondence || [];
        const header = commit.header ?? this.nextLine();
        let matches = null;
        if (header) {
            if (options.breakingHeaderPattern) {
                matches = header.match(options.breakingHeaderPattern);
            }
            if (!matches && options.headerPattern) {
                matches = header.match(options.headerPattern);
            }
        }
        if (header) {
            commit.header = header;
        }
        if (matches) {
            assignMatchedCorrespondence(commit, matches, correspondence);
        }
    }
    parseMeta() {
        const { options, commit } = this;
        if (!options.fieldPattern || !this.isLineAvailable()) {
            return false;
        }
        let matches;
        let field = null;
        let parsed = false;
        while (this.isLineAvailable()) {
            matches = this.currentLine().match(options.fieldPattern);
            if (matches) {
                field = matches[1] || null;
                this.nextLine();
                continue;
            }
            if (field) {
                parsed = true;
                commit[field] = appendLine(commit[field], this.currentLine());
                this.nextLine();
            }
            else {
                break;
            }
        }
        return parsed;
    }
    parseNotes() {
        const { regexes, commit } = this;
        if (!this.isLineAvailable()) {
            return false;
        }
        const matches = this.currentLine().match(regexes.notes);
        let isFooterToken;
        if (matches) {
            const note = {
                title: matches[1],
                text: matches[2]
            };
            commit.notes.push(note);
            commit.footer = appendLine(commit.footer, this.currentLine());
            this.nextLine();
            while (this.isLineAvailable()) {
                if (this.parseMeta()) {
                    return true;
                }
                if (this.parseNotes()) {
                    return true;
                }
                isFooterToken = regexes.footerToken.test(this.currentLine());
                commit.references.push(...this.parseReferences(this.currentLine(), isFooterToken));
                if (!isFooterToken) {
                    note.text = appendLine(note.text, this.currentLine());
                }
                commit.footer = appendLine(commit.footer, this.currentLine());
                this.nextLine();
                if (isFooterToken) {
                    break;
                }
            }
            return true;
        }
        return false;
    }
    parseBodyAndFooter(isBody) {
        const { commit, regexes } = this;
        if (!this.isLineAvailable()) {
            return isBody;
        }
        const isFooterToken = regexes.footerToken.test(this.currentLine());
        const isStillBody = !isFooterToken && isBody;
        commit.references.push(...this.parseReferences(this.currentLine(), isFooterToken));
        if (isStillBody) {
            commit.body = appendLine(commit.body, this.currentLine());
        }
        else {
            commit.footer = appendLine(commit.footer, this.currentLine());
        }
        this.nextLine();
        return isStillBody;
    }
    parseBreakingHeader() {
        const { commit, options } = this;
        if (!options.breakingHeaderPattern || commit.notes.length || !commit.header) {
            return;
        }
        const matches = commit.header.match(options.breakingHeaderPattern);
        if (matches) {
            commit.notes.push({
                title: 'BREAKING CHANGE',
                text: matches[3]
            });
        }
    }
    parseMentions(input) {
        const { commit, regexes } = this;
        let matches;
        for (;;) {
            matches = regexes.mentions.exec(input);
            if (!matches) {
                break;
            }
            commit.mentions.push(matches[1]);
        }
    }
    parseRevert(input) {
        const { commit, options } = this;
        const correspondence = options.revertCorrespondence || [];
        const matches = options.revertPattern
            ? input.match(options.revertPattern)
            : null;
        if (matches) {
            commit.revert = assignMatchedCorrespondence({}, matches, correspondence);
        }
    }
    cleanupCommit() {
        const { commit } = this;
        commit.body &&= trimNewLines(commit.body);
        commit.footer &&= trimNewLines(commit.footer);
        commit.notes.forEach((note) => {
            note.text = trimNewLines(note.text);
        });
        const referencesSet = new Set();
        commit.references = commit.references.filter((reference) => {
            const uid = `${reference.action} ${reference.raw}`.toLocaleLowerCase();
            const ok = !referencesSet.has(uid);
            if (ok) {
                referencesSet.add(uid);
            }
            return ok;
        });
    }
    /**
     * Parse commit message string into an object.
     * @param input - Commit message string.
     * @returns Commit object.
     */
    parse(input) {
        if (!input.trim()) {
            throw new TypeError('Expected a raw commit');
        }
        const { commentChar } = this.options;
        const commentFilter = getCommentFilter(commentChar);
        const rawLines = trimNewLines(input).split(/\r?\n/);
        const lines = commentChar
            ? truncateToScissor(rawLines, commentChar).filter(line => commentFilter(line) && gpgFilter(line))
            : rawLines.filter(line => gpgFilter(line));
        const commit = createCommitObject();
        this.lines = lines;
        this.lineIndex = 0;
        this.commit = commit;
        const isMergeCommit = this.parseMerge();
        this.parseHeader(isMergeCommit);
        if (commit.header) {
            commit.references = this.parseReferences(commit.header);
        }
        let isBody = true;
        while (this.isLineAvailable()) {
            this.parseMeta();
            if (this.parseNotes()) {
                isBody = false;
            }
            if (!this.parseBodyAndFooter(isBody)) {
                isBody = false;
            }
        }
        this.parseBreakingHeader();
        this.parseMentions(input);
        this.parseRevert(input);
        this.cleanupCommit();
        return commit;
    }
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoiQ29tbWl0UGFyc2VyLmpzIiwic291cmNlUm9vdCI6IiIsInNvdXJjZXMiOlsiLi4vc3JjL0NvbW1pdFBhcnNlci50cyJdLCJuYW1lcyI6W10sIm1hcHBpbmdzIjoiQUFPQSxPQUFPLEVBQUUsZ0JBQWdCLEVBQUUsTUFBTSxZQUFZLENBQUE7QUFDN0MsT0FBTyxFQUNMLFlBQVksRUFDWixVQUFVLEVBQ1YsZ0JBQWdCLEVBQ2hCLFNBQVMsRUFDVCxpQkFBaUIsRUFDakIsMkJBQTJCLEVBQzVCLE1BQU0sWUFBWSxDQUFBO0FBQ25CLE9BQU8sRUFBRSxjQUFjLEVBQUUsTUFBTSxjQUFjLENBQUE7QUFFN0M7Ozs7R0FJRztBQUNILE1BQU0sVUFBVSxrQkFBa0IsQ0FBQyxXQUFXLEdBQW9CLEVBQUU7SUFDbEUsa0pBQWtKO0lBQ2xKLE9BQU87UUFDTCxLQUFLLEVBQUUsSUFBSTtRQUNYLE1BQU0sRUFBRSxJQUFJO1FBQ1osTUFBTSxFQUFFLElBQUk7UUFDWixJQUFJLEVBQUUsSUFBSTtRQUNWLE1BQU0sRUFBRSxJQUFJO1FBQ1osS0FBSyxFQUFFLEVBQUU7UUFDVCxRQUFRLEVBQUUsRUFBRTtRQUNaLFVBQVUsRUFBRSxFQUFFO1FBQ2QsR0FBRyxXQUFXO0tBQ2YsQ0FBQTtBQUNILENBQUM7QUFFRDs7R0FFRztBQUNILE1BQU0sT0FBTyxZQUFZO0lBQ04sT0FBTyxDQUFlO0lBQ3RCLE9BQU8sQ0FBZTtJQUMvQixLQUFLLEdBQWEsRUFBRSxDQUFBO0lBQ3BCLFNBQVMsR0FBRyxDQUFDLENBQUE7SUFDYixNQUFNLEdBQUcsa0JBQWtCLEVBQUUsQ0FBQTtJQUVyQyxZQUFZLE9BQU8sR0FBa0IsRUFBRTtRQUNyQyxJQUFJLENBQUMsT0FBTyxHQUFHO1lBQ2IsR0FBRyxjQUFjO1lBQ2pCLEdBQUcsT0FBTztTQUNYLENBQUE7UUFDRCxJQUFJLENBQUMsT0FBTyxHQUFHLGdCQUFnQixDQUFDLElBQUksQ0FBQyxPQUFPLENBQUMsQ0FBQTtJQUMvQyxDQUFDO0lBRU8sV0FBVztRQUNqQixPQUFPLElBQUksQ0FBQyxLQUFLLENBQUMsSUFBSSxDQUFDLFNBQVMsQ0FBQyxDQUFBO0lBQ25DLENBQUM7SUFFTyxRQUFRO1FBQ2QsT0FBTyxJQUFJLENBQUMsS0FBSyxDQUFDLElBQUksQ0FBQyxTQUFTLEVBQUUsQ0FBQyxDQUFBO0lBQ3JDLENBQUM7SUFFTyxlQUFlO1FBQ3JCLE9BQU8sSUFBSSxDQUFDLFNBQVMsR0FBRyxJQUFJLENBQUMsS0FBSyxDQUFDLE1BQU0sQ0FBQTtJQUMzQyxDQUFDO0lBRU8sY0FBYyxDQUNwQixLQUFhLEVBQ2IsTUFBcUI7UUFFckIsTUFBTSxFQUFFLE9BQU8sRUFBRSxHQUFHLElBQUksQ0FBQTtRQUV4QixJQUFJLE9BQU8sQ0FBQyxHQUFHLENBQUMsSUFBSSxDQUFDLEtBQUssQ0FBQyxFQUFFLENBQUM7WUFDNUIsT0FBTyxJQUFJLENBQUE7UUFDYixDQUFDO1FBRUQsTUFBTSxPQUFPLEdBQUcsT0FBTyxDQUFDLGNBQWMsQ0FBQyxJQUFJLENBQUMsS0FBSyxDQUFDLENBQUE7UUFFbEQsSUFBSSxDQUFDLE9BQU8sRUFBRSxDQUFDO1lBQ2IsT0FBTyxJQUFJLENBQUE7UUFDYixDQUFDO1FBRUQsSUFBSSxDQUNGLEdBQUcsRUFDSCxVQUFVLEdBQUcsSUFBSSxFQUNqQixNQUFNLEVBQ04sS0FBSyxDQUNOLEdBQUcsT0FBTyxDQUFBO1FBQ1gsSUFBSSxLQUFLLEdBQWtCLElBQUksQ0FBQTtRQUUvQixJQUFJLFVBQVUsRUFBRSxDQUFDO1lBQ2YsTUFBTSxVQUFVLEdBQUcsVUFBVSxDQUFDLE9BQU8sQ0FBQyxHQUFHLENBQUMsQ0FBQTtZQUUxQyxJQUFJLFVBQVUsS0FBSyxDQUFDLENBQUMsRUFBRSxDQUFDO2dCQUN0QixLQUFLLEdBQUcsVUFBVSxDQUFDLEtBQUssQ0FBQyxDQUFDLEVBQUUsVUFBVSxDQUFDLENBQUE7Z0JBQ3ZDLFVBQVUsR0FBRyxVQUFVLENBQUMsS0FBSyxDQUFDLFVBQVUsR0FBRyxDQUFDLENBQUMsQ0FBQTtZQUMvQyxDQUFDO1FBQ0gsQ0FBQztRQUVELE9BQU87WUFDTCxHQUFHO1lBQ0gsTUFBTTtZQUNOLEtBQUs7WUFDTCxVQUFVO1lBQ1YsTUFBTTtZQUNOLEtBQUs7U0FDTixDQUFBO0lBQ0gsQ0FBQztJQUVPLGVBQWUsQ0FDckIsS0FBYSxFQUNiLGFBQWEsR0FBRyxLQUFLO1FBRXJCLE1BQU0sRUFBRSxPQUFPLEVBQUUsR0FBRyxJQUFJLENBQUE7UUFDeEIsTUFBTSxLQUFLLEdBQUcsYUFBYTtZQUN6QixDQUFDLENBQUMsT0FBTyxDQUFDLGdCQUFnQjtZQUMxQixDQUFDLENBQUMsT0FBTyxDQUFDLFVBQVUsQ0FBQTtRQUN0QixnRUFBZ0U7UUFDaEUsa0RBQWtEO1FBQ2xELE1BQU0sU0FBUyxHQUE4QixFQUFFLENBQUE7UUFDL0MsSUFBSSxTQUFTLEdBQUcsQ0FBQyxDQUFBO1FBQ2pCLElBQUksT0FBK0IsQ0FBQTtRQUVuQyxPQUFPLElBQUksRUFBRSxDQUFDO1lBQ1osT0FBTyxHQUFHLEtBQUssQ0FBQyxJQUFJLENBQUMsS0FBSyxDQUFDLENBQUE7WUFFM0IsSUFBSSxDQUFDLE9BQU8sRUFBRSxDQUFDO2dCQUNiLE1BQUs7WUFDUCxDQUFDO1lBRUQsU0FBUyxDQUFDLElBQUksQ0FDWixDQUFDLElBQUksRUFBRSxLQUFLLENBQUMsS0FBSyxDQUFDLFNBQVMsRUFBRSxPQUFPLENBQUMsS0FBSyxDQUFDLENBQUMsRUFDN0MsQ0FBQyxPQUFPLENBQUMsQ0FBQyxDQUFDLElBQUksSUFBSSxFQUFFLE9BQU8sQ0FBQyxDQUFDLENBQUMsSUFBSSxFQUFFLENBQUMsQ0FDdkMsQ0FBQTtZQUNELFNBQVMsR0FBRyxLQUFLLENBQUMsU0FBUyxDQUFBO1FBQzdCLENBQUM7UUFFRCxTQUFTLENBQUMsSUFBSSxDQUFDLENBQUMsSUFBSSxFQUFFLEtBQUssQ0FBQyxLQUFLLENBQUMsU0FBUyxDQUFDLENBQUMsQ0FBQyxDQUFBO1FBRTlDLE1BQU0sVUFBVSxHQUFzQixFQUFFLENBQUE7UUFDeEMsSUFBSSxTQUFpQyxDQUFBO1FBRXJDLEtBQUssTUFBTSxDQUFDLE1BQU0sRUFBRSxRQUFRLENBQUMsSUFBSSxTQUFTLEVBQUUsQ0FBQztZQUMzQyxPQUFPLElBQUksRUFBRSxDQUFDO2dCQUNaLFNBQVMsR0FBRyxJQUFJLENBQUMsY0FBYyxDQUFDLFFBQVEsRUFBRSxNQUFNLENBQUMsQ0FBQTtnQkFFakQsSUFBSSxDQUFDLFNBQVMsRUFBRSxDQUFDO29CQUNmLE1BQUs7Z0JBQ1AsQ0FBQztnQkFFRCxVQUFVLENBQUMsSUFBSSxDQUFDLFNBQVMsQ0FBQyxDQUFBO1lBQzVCLENBQUM7UUFDSCxDQUFDO1FBRUQsT0FBTyxVQUFVLENBQUE7SUFDbkIsQ0FBQztJQUVPLGNBQWM7UUFDcEIsSUFBSSxJQUFJLEdBQUcsSUFBSSxDQUFDLFdBQVcsRUFBRSxDQUFBO1FBRTdCLE9BQU8sSUFBSSxLQUFLLFNBQVMsSUFBSSxDQUFDLElBQUksQ0FBQyxJQUFJLEVBQUUsRUFBRSxDQUFDO1lBQzFDLElBQUksQ0FBQyxRQUFRLEVBQUUsQ0FBQTtZQUNmLElBQUksR0FBRyxJQUFJLENBQUMsV0FBVyxFQUFFLENBQUE7UUFDM0IsQ0FBQztJQUNILENBQUM7SUFFTyxVQUFVO1FBQ2hCLE1BQU0sRUFBRSxNQUFNLEVBQUUsT0FBTyxFQUFFLEdBQUcsSUFBSSxDQUFBO1FBQ2hDLE1BQU0sY0FBYyxHQUFHLE9BQU8sQ0FBQyxtQkFBbUIsSUFBSSxFQUFFLENBQUE7UUFDeEQsTUFBTSxLQUFLLEdBQUcsSUFBSSxDQUFDLFdBQVcsRUFBRSxDQUFBO1FBQ2hDLE1BQU0sT0FBTyxHQUFHLEtBQUssSUFBSSxPQUFPLENBQUMsWUFBWTtZQUMzQyxDQUFDLENBQUMsS0FBSyxDQUFDLEtBQUssQ0FBQyxPQUFPLENBQUMsWUFBWSxDQUFDO1lBQ25DLENBQUMsQ0FBQyxJQUFJLENBQUE7UUFFUixJQUFJLE9BQU8sRUFBRSxDQUFDO1lBQ1osSUFBSSxDQUFDLFFBQVEsRUFBRSxDQUFBO1lBRWYsTUFBTSxDQUFDLEtBQUssR0FBRyxPQUFPLENBQUMsQ0FBQyxDQUFDLElBQUksSUFBSSxDQUFBO1lBRWpDLDJCQUEyQixDQUFDLE1BQU0sRUFBRSxPQUFPLEVBQUUsY0FBYyxDQUFDLENBQUE7WUFFNUQsT0FBTyxJQUFJLENBQUE7UUFDYixDQUFDO1FBRUQsT0FBTyxLQUFLLENBQUE7SUFDZCxDQUFDO0lBRU8sV0FBVyxDQUFDLGFBQXNCO1FBQ3hDLElBQUksYUFBYSxFQUFFLENBQUM7WUFDbEIsSUFBSSxDQUFDLGNBQWMsRUFBRSxDQUFBO1FBQ3ZCLENBQUM7UUFFRCxNQUFNLEVBQUUsTUFBTSxFQUFFLE9BQU8sRUFBRSxHQUFHLElBQUksQ0FBQTtRQUNoQyxNQUFNLGNBQWMsR0FBRyxPQUFPLENBQUMsb0JBQW9CLElBQUksRUFBRSxDQUFBO1FBQ3pELE1BQU0sTUFBTSxHQUFHLE1BQU0sQ0FBQyxNQUFNLElBQUksSUFBSSxDQUFDLFFBQVEsRUFBRSxDQUFBO1FBQy9DLElBQUksT0FBTyxHQUE0QixJQUFJLENBQUE7UUFFM0MsSUFBSSxNQUFNLEVBQUUsQ0FBQztZQUNYLElBQUksT0FBTyxDQUFDLHFCQUFxQixFQUFFLENBQUM7Z0JBQ2xDLE9BQU8sR0FBRyxNQUFNLENBQUMsS0FBSyxDQUFDLE9BQU8sQ0FBQyxxQkFBcUIsQ0FBQyxDQUFBO1lBQ3ZELENBQUM7WUFFRCxJQUFJLENBQUMsT0FBTyxJQUFJLE9BQU8sQ0FBQyxhQUFhLEVBQUUsQ0FBQztnQkFDdEMsT0FBTyxHQUFHLE1BQU0sQ0FBQyxLQUFLLENBQUMsT0FBTyxDQUFDLGFBQWEsQ0FBQyxDQUFBO1lBQy9DLENBQUM7UUFDSCxDQUFDO1FBRUQsSUFBSSxNQUFNLEVBQUUsQ0FBQztZQUNYLE1BQU0sQ0FBQyxNQUFNLEdBQUcsTUFBTSxDQUFBO1FBQ3hCLENBQUM7UUFFRCxJQUFJLE9BQU8sRUFBRSxDQUFDO1lBQ1osMkJBQTJCLENBQUMsTUFBTSxFQUFFLE9BQU8sRUFBRSxjQUFjLENBQUMsQ0FBQTtRQUM5RCxDQUFDO0lBQ0gsQ0FBQztJQUVPLFNBQVM7UUFDZixNQUFNLEVBQ0osT0FBTyxFQUNQLE1BQU0sRUFDUCxHQUFHLElBQUksQ0FBQTtRQUVSLElBQUksQ0FBQyxPQUFPLENBQUMsWUFBWSxJQUFJLENBQUMsSUFBSSxDQUFDLGVBQWUsRUFBRSxFQUFFLENBQUM7WUFDckQsT0FBTyxLQUFLLENBQUE7UUFDZCxDQUFDO1FBRUQsSUFBSSxPQUFnQyxDQUFBO1FBQ3BDLElBQUksS0FBSyxHQUFrQixJQUFJLENBQUE7UUFDL0IsSUFBSSxNQUFNLEdBQUcsS0FBSyxDQUFBO1FBRWxCLE9BQU8sSUFBSSxDQUFDLGVBQWUsRUFBRSxFQUFFLENBQUM7WUFDOUIsT0FBTyxHQUFHLElBQUksQ0FBQyxXQUFXLEVBQUUsQ0FBQyxLQUFLLENBQUMsT0FBTyxDQUFDLFlBQVksQ0FBQyxDQUFBO1lBRXhELElBQUksT0FBTyxFQUFFLENBQUM7Z0JBQ1osS0FBSyxHQUFHLE9BQU8sQ0FBQyxDQUFDLENBQUMsSUFBSSxJQUFJLENBQUE7Z0JBQzFCLElBQUksQ0FBQyxRQUFRLEVBQUUsQ0FBQTtnQkFDZixTQUFRO1lBQ1YsQ0FBQztZQUVELElBQUksS0FBSyxFQUFFLENBQUM7Z0JBQ1YsTUFBTSxHQUFHLElBQUksQ0FBQTtnQkFDYixNQUFNLENBQUMsS0FBSyxDQUFDLEdBQUcsVUFBVSxDQUFDLE1BQU0sQ0FBQyxLQUFLLENBQUMsRUFBRSxJQUFJLENBQUMsV0FBVyxFQUFFLENBQUMsQ0FBQTtnQkFDN0QsSUFBSSxDQUFDLFFBQVEsRUFBRSxDQUFBO1lBQ2pCLENBQUM7aUJBQU0sQ0FBQztnQkFDTixNQUFLO1lBQ1AsQ0FBQztRQUNILENBQUM7UUFFRCxPQUFPLE1BQU0sQ0FBQTtJQUNmLENBQUM7SUFFTyxVQUFVO1FBQ2hCLE1BQU0sRUFDSixPQUFPLEVBQ1AsTUFBTSxFQUNQLEdBQUcsSUFBSSxDQUFBO1FBRVIsSUFBSSxDQUFDLElBQUksQ0FBQyxlQUFlLEVBQUUsRUFBRSxDQUFDO1lBQzVCLE9BQU8sS0FBSyxDQUFBO1FBQ2QsQ0FBQztRQUVELE1BQU0sT0FBTyxHQUFHLElBQUksQ0FBQyxXQUFXLEVBQUUsQ0FBQyxLQUFLLENBQUMsT0FBTyxDQUFDLEtBQUssQ0FBQyxDQUFBO1FBQ3ZELElBQUksYUFBc0IsQ0FBQTtRQUUxQixJQUFJLE9BQU8sRUFBRSxDQUFDO1lBQ1osTUFBTSxJQUFJLEdBQWU7Z0JBQ3ZCLEtBQUssRUFBRSxPQUFPLENBQUMsQ0FBQyxDQUFDO2dCQUNqQixJQUFJLEVBQUUsT0FBTyxDQUFDLENBQUMsQ0FBQzthQUNqQixDQUFBO1lBRUQsTUFBTSxDQUFDLEtBQUssQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLENBQUE7WUFDdkIsTUFBTSxDQUFDLE1BQU0sR0FBRyxVQUFVLENBQUMsTUFBTSxDQUFDLE1BQU0sRUFBRSxJQUFJLENBQUMsV0FBVyxFQUFFLENBQUMsQ0FBQTtZQUM3RCxJQUFJLENBQUMsUUFBUSxFQUFFLENBQUE7WUFFZixPQUFPLElBQUksQ0FBQyxlQUFlLEVBQUUsRUFBRSxDQUFDO2dCQUM5QixJQUFJLElBQUksQ0FBQyxTQUFTLEVBQUUsRUFBRSxDQUFDO29CQUNyQixPQUFPLElBQUksQ0FBQTtnQkFDYixDQUFDO2dCQUVELElBQUksSUFBSSxDQUFDLFVBQVUsRUFBRSxFQUFFLENBQUM7b0JBQ3RCLE9BQU8sSUFBSSxDQUFBO2dCQUNiLENBQUM7Z0JBRUQsYUFBYSxHQUFHLE9BQU8sQ0FBQyxXQUFXLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxXQUFXLEVBQUUsQ0FBQyxDQUFBO2dCQUU1RCxNQUFNLENBQUMsVUFBVSxDQUFDLElBQUksQ0FDcEIsR0FBRyxJQUFJLENBQUMsZUFBZSxDQUFDLElBQUksQ0FBQyxXQUFXLEVBQUUsRUFBRSxhQUFhLENBQUMsQ0FDM0QsQ0FBQTtnQkFFRCxJQUFJLENBQUMsYUFBYSxFQUFFLENBQUM7b0JBQ25CLElBQUksQ0FBQyxJQUFJLEdBQUcsVUFBVSxDQUFDLElBQUksQ0FBQyxJQUFJLEVBQUUsSUFBSSxDQUFDLFdBQVcsRUFBRSxDQUFDLENBQUE7Z0JBQ3ZELENBQUM7Z0JBRUQsTUFBTSxDQUFDLE1BQU0sR0FBRyxVQUFVLENBQUMsTUFBTSxDQUFDLE1BQU0sRUFBRSxJQUFJLENBQUMsV0FBVyxFQUFFLENBQUMsQ0FBQTtnQkFDN0QsSUFBSSxDQUFDLFFBQVEsRUFBRSxDQUFBO2dCQUVmLElBQUksYUFBYSxFQUFFLENBQUM7b0JBQ2xCLE1BQUs7Z0JBQ1AsQ0FBQztZQUNILENBQUM7WUFFRCxPQUFPLElBQUksQ0FBQTtRQUNiLENBQUM7UUFFRCxPQUFPLEtBQUssQ0FBQTtJQUNkLENBQUM7SUFFTyxrQkFBa0IsQ0FBQyxNQUFlO1FBQ3hDLE1BQU0sRUFDSixNQUFNLEVBQ04sT0FBTyxFQUNSLEdBQUcsSUFBSSxDQUFBO1FBRVIsSUFBSSxDQUFDLElBQUksQ0FBQyxlQUFlLEVBQUUsRUFBRSxDQUFDO1lBQzVCLE9BQU8sTUFBTSxDQUFBO1FBQ2YsQ0FBQztRQUVELE1BQU0sYUFBYSxHQUFHLE9BQU8sQ0FBQyxXQUFXLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxXQUFXLEVBQUUsQ0FBQyxDQUFBO1FBQ2xFLE1BQU0sV0FBVyxHQUFHLENBQUMsYUFBYSxJQUFJLE1BQU0sQ0FBQTtRQUU1QyxNQUFNLENBQUMsVUFBVSxDQUFDLElBQUksQ0FDcEIsR0FBRyxJQUFJLENBQUMsZUFBZSxDQUFDLElBQUksQ0FBQyxXQUFXLEVBQUUsRUFBRSxhQUFhLENBQUMsQ0FDM0QsQ0FBQTtRQUVELElBQUksV0FBVyxFQUFFLENBQUM7WUFDaEIsTUFBTSxDQUFDLElBQUksR0FBRyxVQUFVLENBQUMsTUFBTSxDQUFDLElBQUksRUFBRSxJQUFJLENBQUMsV0FBVyxFQUFFLENBQUMsQ0FBQTtRQUMzRCxDQUFDO2FBQU0sQ0FBQztZQUNOLE1BQU0sQ0FBQyxNQUFNLEdBQUcsVUFBVSxDQUFDLE1BQU0sQ0FBQyxNQUFNLEVBQUUsSUFBSSxDQUFDLFdBQVcsRUFBRSxDQUFDLENBQUE7UUFDL0QsQ0FBQztRQUVELElBQUksQ0FBQyxRQUFRLEVBQUUsQ0FBQTtRQUVmLE9BQU8sV0FBVyxDQUFBO0lBQ3BCLENBQUM7SUFFTyxtQkFBbUI7UUFDekIsTUFBTSxFQUNKLE1BQU0sRUFDTixPQUFPLEVBQ1IsR0FBRyxJQUFJLENBQUE7UUFFUixJQUFJLENBQUMsT0FBTyxDQUFDLHFCQUFxQixJQUFJLE1BQU0sQ0FBQyxLQUFLLENBQUMsTUFBTSxJQUFJLENBQUMsTUFBTSxDQUFDLE1BQU0sRUFBRSxDQUFDO1lBQzVFLE9BQU07UUFDUixDQUFDO1FBRUQsTUFBTSxPQUFPLEdBQUcsTUFBTSxDQUFDLE1BQU0sQ0FBQyxLQUFLLENBQUMsT0FBTyxDQUFDLHFCQUFxQixDQUFDLENBQUE7UUFFbEUsSUFBSSxPQUFPLEVBQUUsQ0FBQztZQUNaLE1BQU0sQ0FBQyxLQUFLLENBQUMsSUFBSSxDQUFDO2dCQUNoQixLQUFLLEVBQUUsaUJBQWlCO2dCQUN4QixJQUFJLEVBQUUsT0FBTyxDQUFDLENBQUMsQ0FBQzthQUNqQixDQUFDLENBQUE7UUFDSixDQUFDO0lBQ0gsQ0FBQztJQUVPLGFBQWEsQ0FBQyxLQUFhO1FBQ2pDLE1BQU0sRUFDSixNQUFNLEVBQ04sT0FBTyxFQUNSLEdBQUcsSUFBSSxDQUFBO1FBQ1IsSUFBSSxPQUErQixDQUFBO1FBRW5DLFNBQVMsQ0FBQztZQUNSLE9BQU8sR0FBRyxPQUFPLENBQUMsUUFBUSxDQUFDLElBQUksQ0FBQyxLQUFLLENBQUMsQ0FBQTtZQUV0QyxJQUFJLENBQUMsT0FBTyxFQUFFLENBQUM7Z0JBQ2IsTUFBSztZQUNQLENBQUM7WUFFRCxNQUFNLENBQUMsUUFBUSxDQUFDLElBQUksQ0FBQyxPQUFPLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQTtRQUNsQyxDQUFDO0lBQ0gsQ0FBQztJQUVPLFdBQVcsQ0FBQyxLQUFhO1FBQy9CLE1BQU0sRUFDSixNQUFNLEVBQ04sT0FBTyxFQUNSLEdBQUcsSUFBSSxDQUFBO1FBQ1IsTUFBTSxjQUFjLEdBQUcsT0FBTyxDQUFDLG9CQUFvQixJQUFJLEVBQUUsQ0FBQTtRQUN6RCxNQUFNLE9BQU8sR0FBRyxPQUFPLENBQUMsYUFBYTtZQUNuQyxDQUFDLENBQUMsS0FBSyxDQUFDLEtBQUssQ0FBQyxPQUFPLENBQUMsYUFBYSxDQUFDO1lBQ3BDLENBQUMsQ0FBQyxJQUFJLENBQUE7UUFFUixJQUFJLE9BQU8sRUFBRSxDQUFDO1lBQ1osTUFBTSxDQUFDLE1BQU0sR0FBRywyQkFBMkIsQ0FBQyxFQUFFLEVBQUUsT0FBTyxFQUFFLGNBQWMsQ0FBQyxDQUFBO1FBQzFFLENBQUM7SUFDSCxDQUFDO0lBRU8sYUFBYTtRQUNuQixNQUFNLEVBQUUsTUFBTSxFQUFFLEdBQUcsSUFBSSxDQUFBO1FBRXZCLE1BQU0sQ0FBQyxJQUFJLEtBQUssWUFBWSxDQUFDLE1BQU0sQ0FBQyxJQUFJLENBQUMsQ0FBQTtRQUN6QyxNQUFNLENBQUMsTUFBTSxLQUFLLFlBQVksQ0FBQyxNQUFNLENBQUMsTUFBTSxDQUFDLENBQUE7UUFFN0MsTUFBTSxDQUFDLEtBQUssQ0FBQyxPQUFPLENBQUMsQ0FBQyxJQUFJLEVBQUUsRUFBRTtZQUM1QixJQUFJLENBQUMsSUFBSSxHQUFHLFlBQVksQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLENBQUE7UUFDckMsQ0FBQyxDQUFDLENBQUE7UUFFRixNQUFNLGFBQWEsR0FBRyxJQUFJLEdBQUcsRUFBVSxDQUFBO1FBRXZDLE1BQU0sQ0FBQyxVQUFVLEdBQUcsTUFBTSxDQUFDLFVBQVUsQ0FBQyxNQUFNLENBQUMsQ0FBQyxTQUFTLEVBQUUsRUFBRTtZQUN6RCxNQUFNLEdBQUcsR0FBRyxHQUFHLFNBQVMsQ0FBQyxNQUFNLElBQUksU0FBUyxDQUFDLEdBQUcsRUFBRSxDQUFDLGlCQUFpQixFQUFFLENBQUE7WUFDdEUsTUFBTSxFQUFFLEdBQUcsQ0FBQyxhQUFhLENBQUMsR0FBRyxDQUFDLEdBQUcsQ0FBQyxDQUFBO1lBRWxDLElBQUksRUFBRSxFQUFFLENBQUM7Z0JBQ1AsYUFBYSxDQUFDLEdBQUcsQ0FBQyxHQUFHLENBQUMsQ0FBQTtZQUN4QixDQUFDO1lBRUQsT0FBTyxFQUFFLENBQUE7UUFDWCxDQUFDLENBQUMsQ0FBQTtJQUNKLENBQUM7SUFFRDs7OztPQUlHO0lBQ0gsS0FBSyxDQUFDLEtBQWE7UUFDakIsSUFBSSxDQUFDLEtBQUssQ0FBQyxJQUFJLEVBQUUsRUFBRSxDQUFDO1lBQ2xCLE1BQU0sSUFBSSxTQUFTLENBQUMsdUJBQXVCLENBQUMsQ0FBQTtRQUM5QyxDQUFDO1FBRUQsTUFBTSxFQUFFLFdBQVcsRUFBRSxHQUFHLElBQUksQ0FBQyxPQUFPLENBQUE7UUFDcEMsTUFBTSxhQUFhLEdBQUcsZ0JBQWdCLENBQUMsV0FBVyxDQUFDLENBQUE7UUFDbkQsTUFBTSxRQUFRLEdBQUcsWUFBWSxDQUFDLEtBQUssQ0FBQyxDQUFDLEtBQUssQ0FBQyxPQUFPLENBQUMsQ0FBQTtRQUNuRCxNQUFNLEtBQUssR0FBRyxXQUFXO1lBQ3ZCLENBQUMsQ0FBQyxpQkFBaUIsQ0FBQyxRQUFRLEVBQUUsV0FBVyxDQUFDLENBQUMsTUFBTSxDQUFDLElBQUksQ0FBQyxFQUFFLENBQUMsYUFBYSxDQUFDLElBQUksQ0FBQyxJQUFJLFNBQVMsQ0FBQyxJQUFJLENBQUMsQ0FBQztZQUNqRyxDQUFDLENBQUMsUUFBUSxDQUFDLE1BQU0sQ0FBQyxJQUFJLENBQUMsRUFBRSxDQUFDLFNBQVMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFBO1FBQzVDLE1BQU0sTUFBTSxHQUFHLGtCQUFrQixFQUFFLENBQUE7UUFFbkMsSUFBSSxDQUFDLEtBQUssR0FBRyxLQUFLLENBQUE7UUFDbEIsSUFBSSxDQUFDLFNBQVMsR0FBRyxDQUFDLENBQUE7UUFDbEIsSUFBSSxDQUFDLE1BQU0sR0FBRyxNQUFNLENBQUE7UUFFcEIsTUFBTSxhQUFhLEdBQUcsSUFBSSxDQUFDLFVBQVUsRUFBRSxDQUFBO1FBRXZDLElBQUksQ0FBQyxXQUFXLENBQUMsYUFBYSxDQUFDLENBQUE7UUFFL0IsSUFBSSxNQUFNLENBQUMsTUFBTSxFQUFFLENBQUM7WUFDbEIsTUFBTSxDQUFDLFVBQVUsR0FBRyxJQUFJLENBQUMsZUFBZSxDQUFDLE1BQU0sQ0FBQyxNQUFNLENBQUMsQ0FBQTtRQUN6RCxDQUFDO1FBRUQsSUFBSSxNQUFNLEdBQUcsSUFBSSxDQUFBO1FBRWpCLE9BQU8sSUFBSSxDQUFDLGVBQWUsRUFBRSxFQUFFLENBQUM7WUFDOUIsSUFBSSxDQUFDLFNBQVMsRUFBRSxDQUFBO1lBRWhCLElBQUksSUFBSSxDQUFDLFVBQVUsRUFBRSxFQUFFLENBQUM7Z0JBQ3RCLE1BQU0sR0FBRyxLQUFLLENBQUE7WUFDaEIsQ0FBQztZQUVELElBQUksQ0FBQyxJQUFJLENBQUMsa0JBQWtCLENBQUMsTUFBTSxDQUFDLEVBQUUsQ0FBQztnQkFDckMsTUFBTSxHQUFHLEtBQUssQ0FBQTtZQUNoQixDQUFDO1FBQ0gsQ0FBQztRQUVELElBQUksQ0FBQyxtQkFBbUIsRUFBRSxDQUFBO1FBQzFCLElBQUksQ0FBQyxhQUFhLENBQUMsS0FBSyxDQUFDLENBQUE7UUFDekIsSUFBSSxDQUFDLFdBQVcsQ0FBQyxLQUFLLENBQUMsQ0FBQTtRQUN2QixJQUFJLENBQUMsYUFBYSxFQUFFLENBQUE7UUFFcEIsT0FBTyxNQUFNLENBQUE7SUFDZixDQUFDO0NBQ0YifQ==
;// CONCATENATED MODULE: external "stream"
const external_stream_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");
;// CONCATENATED MODULE: ./node_modules/conventional-commits-parser/dist/stream.js


/**
 * Create async generator function to parse async iterable of raw commits.
 * @param options - CommitParser options.
 * @returns Async generator function to parse async iterable of raw commits.
 */
function parseCommits(options = {}) {
    const warnOption = options.warn;
    const warn = warnOption === true
        ? (err) => {
            throw err;
        }
        : warnOption
            ? (err) => warnOption(err.toString())
            : () => { };
    return async function* parse(rawCommits) {
        const parser = new CommitParser(options);
        let rawCommit;
        for await (rawCommit of rawCommits) {
            try {
                yield parser.parse(rawCommit.toString());
            }
            catch (err) {
                warn(err);
            }
        }
    };
}
/**
 * Create stream to parse commits.
 * @param options - CommitParser options.
 * @returns Stream of parsed commits.
 */
function parseCommitsStream(options = {}) {
    return Transform.from(parseCommits(options));
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoic3RyZWFtLmpzIiwic291cmNlUm9vdCI6IiIsInNvdXJjZXMiOlsiLi4vc3JjL3N0cmVhbS50cyJdLCJuYW1lcyI6W10sIm1hcHBpbmdzIjoiQUFBQSxPQUFPLEVBQUUsU0FBUyxFQUFFLE1BQU0sUUFBUSxDQUFBO0FBRWxDLE9BQU8sRUFBRSxZQUFZLEVBQUUsTUFBTSxtQkFBbUIsQ0FBQTtBQUVoRDs7OztHQUlHO0FBQ0gsTUFBTSxVQUFVLFlBQVksQ0FDMUIsT0FBTyxHQUF3QixFQUFFO0lBRWpDLE1BQU0sVUFBVSxHQUFHLE9BQU8sQ0FBQyxJQUFJLENBQUE7SUFDL0IsTUFBTSxJQUFJLEdBQUcsVUFBVSxLQUFLLElBQUk7UUFDOUIsQ0FBQyxDQUFDLENBQUMsR0FBVSxFQUFFLEVBQUU7WUFDZixNQUFNLEdBQUcsQ0FBQTtRQUNYLENBQUM7UUFDRCxDQUFDLENBQUMsVUFBVTtZQUNWLENBQUMsQ0FBQyxDQUFDLEdBQVUsRUFBRSxFQUFFLENBQUMsVUFBVSxDQUFDLEdBQUcsQ0FBQyxRQUFRLEVBQUUsQ0FBQztZQUM1QyxDQUFDLENBQUMsR0FBRyxFQUFFLEdBQWMsQ0FBQyxDQUFBO0lBRTFCLE9BQU8sS0FBSyxTQUFTLENBQUMsQ0FBQyxLQUFLLENBQzFCLFVBQXNFO1FBRXRFLE1BQU0sTUFBTSxHQUFHLElBQUksWUFBWSxDQUFDLE9BQU8sQ0FBQyxDQUFBO1FBQ3hDLElBQUksU0FBMEIsQ0FBQTtRQUU5QixJQUFJLEtBQUssRUFBRSxTQUFTLElBQUksVUFBVSxFQUFFLENBQUM7WUFDbkMsSUFBSSxDQUFDO2dCQUNILE1BQU0sTUFBTSxDQUFDLEtBQUssQ0FBQyxTQUFTLENBQUMsUUFBUSxFQUFFLENBQUMsQ0FBQTtZQUMxQyxDQUFDO1lBQUMsT0FBTyxHQUFHLEVBQUUsQ0FBQztnQkFDYixJQUFJLENBQUMsR0FBWSxDQUFDLENBQUE7WUFDcEIsQ0FBQztRQUNILENBQUM7SUFDSCxDQUFDLENBQUE7QUFDSCxDQUFDO0FBRUQ7Ozs7R0FJRztBQUNILE1BQU0sVUFBVSxrQkFBa0IsQ0FBQyxPQUFPLEdBQXdCLEVBQUU7SUFDbEUsT0FBTyxTQUFTLENBQUMsSUFBSSxDQUFDLFlBQVksQ0FBQyxPQUFPLENBQUMsQ0FBQyxDQUFBO0FBQzlDLENBQUMifQ==
;// CONCATENATED MODULE: ./node_modules/conventional-commits-parser/dist/index.js


//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoiaW5kZXguanMiLCJzb3VyY2VSb290IjoiIiwic291cmNlcyI6WyIuLi9zcmMvaW5kZXgudHMiXSwibmFtZXMiOltdLCJtYXBwaW5ncyI6IkFBQ0EsY0FBYyxtQkFBbUIsQ0FBQTtBQUNqQyxjQUFjLGFBQWEsQ0FBQSJ9
;// CONCATENATED MODULE: ./node_modules/@conventional-changelog/template/dist/elements.js
/**
 * Converts a renderable value to a string.
 * @param value - Value to render.
 * @returns String value, or an empty string for empty values.
 */
function elements_toString(value) {
    return typeof value === 'number' || value ? String(value) : '';
}
/**
 * Renders an array into newline-separated non-empty strings.
 * @param array - Items to render.
 * @param callback - Item renderer.
 * @param separator - Separator inserted between rendered items.
 * @returns Rendered string.
 */
function each(array, callback, separator = newline()) {
    return array
        ? array.reduce((acc, item) => {
            const rendered = elements_toString(callback(item)).trim();
            return `${acc}${acc && rendered ? separator : ''}${rendered}`;
        }, '')
        : '';
}
/**
 * Renders a Markdown heading.
 * @param level - Markdown heading level.
 * @param text - Heading text.
 * @returns Markdown heading.
 */
function heading(level, text) {
    return `${'#'.repeat(level)} ${text}`;
}
/**
 * Renders a Markdown link.
 * @param text - Link text.
 * @param url - Link URL.
 * @returns Markdown link.
 */
function elements_link(text, url) {
    return `[${text}](${url})`;
}
/**
 * Renders an array into a Markdown unordered list.
 * @param array - Items to render.
 * @param callback - Item renderer.
 * @returns Markdown unordered list.
 */
function list(array, callback) {
    return each(array, (item) => {
        const rendered = elements_toString(callback(item)).trim();
        const itemText = rendered
            .split(/\r?\n/)
            .map((line, index) => (index > 0 && line
            ? `  ${line}`
            : line))
            .join('\n');
        return rendered ? `* ${itemText}` : '';
    });
}
/**
 * Renders bold Markdown text.
 * @param text - Text to render.
 * @returns Bold Markdown text.
 */
function bold(text) {
    return `**${text}**`;
}
/**
 * Renders italic Markdown text.
 * @param text - Text to render.
 * @returns Italic Markdown text.
 */
function italic(text) {
    return `_${text}_`;
}
/**
 * Renders text inside an HTML small element.
 * @param text - Text to render.
 * @returns HTML small element.
 */
function small(text) {
    return `<small>${text}</small>`;
}
/**
 * Creates one or more newline characters.
 * @param times - Number of newline characters to render.
 * @returns Newline characters.
 */
function newline(times = 1) {
    return '\n'.repeat(times);
}
/**
 * Renders values without separators.
 * @param values - Values to render.
 * @returns Concatenated non-empty values.
 */
function strings(...values) {
    return each(values, value => value, '');
}
/**
 * Renders values as Markdown blocks separated by blank lines.
 * @param values - Values to render.
 * @returns Rendered non-empty block segments.
 */
function segments(...values) {
    return each(values, value => value, newline(2));
}
/**
 * Renders values as space-separated words.
 * @param values - Values to render.
 * @returns Rendered non-empty words.
 */
function words(...values) {
    return each(values, value => value, ' ');
}
/**
 * Joins URL path segments and trims extra slashes around each segment.
 * @param parts - URL path segments.
 * @returns Joined URL.
 */
function url(...parts) {
    return parts.reduce((acc, part) => {
        if (typeof part !== 'number' && !part) {
            return acc;
        }
        const segment = String(part).replace(/^\/+|\/+$/g, '');
        return acc
            ? `${acc}/${segment}`
            : segment;
    }, '');
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoiZWxlbWVudHMuanMiLCJzb3VyY2VSb290IjoiIiwic291cmNlcyI6WyIuLi9zcmMvZWxlbWVudHMudHMiXSwibmFtZXMiOltdLCJtYXBwaW5ncyI6IkFBQUE7Ozs7R0FJRztBQUNILFNBQVMsUUFBUSxDQUFDLEtBQWlEO0lBQ2pFLE9BQU8sT0FBTyxLQUFLLEtBQUssUUFBUSxJQUFJLEtBQUssQ0FBQyxDQUFDLENBQUMsTUFBTSxDQUFDLEtBQUssQ0FBQyxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUE7QUFDaEUsQ0FBQztBQUVEOzs7Ozs7R0FNRztBQUNILE1BQU0sVUFBVSxJQUFJLENBQ2xCLEtBQXFDLEVBQ3JDLFFBQWlFLEVBQ2pFLFNBQVMsR0FBRyxPQUFPLEVBQUU7SUFFckIsT0FBTyxLQUFLO1FBQ1YsQ0FBQyxDQUFDLEtBQUssQ0FBQyxNQUFNLENBQUMsQ0FBQyxHQUFHLEVBQUUsSUFBSSxFQUFFLEVBQUU7WUFDM0IsTUFBTSxRQUFRLEdBQUcsUUFBUSxDQUFDLFFBQVEsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLElBQUksRUFBRSxDQUFBO1lBRWhELE9BQU8sR0FBRyxHQUFHLEdBQUcsR0FBRyxJQUFJLFFBQVEsQ0FBQyxDQUFDLENBQUMsU0FBUyxDQUFDLENBQUMsQ0FBQyxFQUFFLEdBQUcsUUFBUSxFQUFFLENBQUE7UUFDL0QsQ0FBQyxFQUFFLEVBQUUsQ0FBQztRQUNOLENBQUMsQ0FBQyxFQUFFLENBQUE7QUFDUixDQUFDO0FBRUQ7Ozs7O0dBS0c7QUFDSCxNQUFNLFVBQVUsT0FBTyxDQUFDLEtBQWEsRUFBRSxJQUFZO0lBQ2pELE9BQU8sR0FBRyxHQUFHLENBQUMsTUFBTSxDQUFDLEtBQUssQ0FBQyxJQUFJLElBQUksRUFBRSxDQUFBO0FBQ3ZDLENBQUM7QUFFRDs7Ozs7R0FLRztBQUNILE1BQU0sVUFBVSxJQUFJLENBQUMsSUFBWSxFQUFFLEdBQVc7SUFDNUMsT0FBTyxJQUFJLElBQUksS0FBSyxHQUFHLEdBQUcsQ0FBQTtBQUM1QixDQUFDO0FBRUQ7Ozs7O0dBS0c7QUFDSCxNQUFNLFVBQVUsSUFBSSxDQUNsQixLQUFxQyxFQUNyQyxRQUF3RDtJQUV4RCxPQUFPLElBQUksQ0FDVCxLQUFLLEVBQ0wsQ0FBQyxJQUFJLEVBQUUsRUFBRTtRQUNQLE1BQU0sUUFBUSxHQUFHLFFBQVEsQ0FBQyxRQUFRLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxJQUFJLEVBQUUsQ0FBQTtRQUNoRCxNQUFNLFFBQVEsR0FBRyxRQUFRO2FBQ3RCLEtBQUssQ0FBQyxPQUFPLENBQUM7YUFDZCxHQUFHLENBQUMsQ0FBQyxJQUFJLEVBQUUsS0FBSyxFQUFFLEVBQUUsQ0FBQyxDQUNwQixLQUFLLEdBQUcsQ0FBQyxJQUFJLElBQUk7WUFDZixDQUFDLENBQUMsS0FBSyxJQUFJLEVBQUU7WUFDYixDQUFDLENBQUMsSUFBSSxDQUNULENBQUM7YUFDRCxJQUFJLENBQUMsSUFBSSxDQUFDLENBQUE7UUFFYixPQUFPLFFBQVEsQ0FBQyxDQUFDLENBQUMsS0FBSyxRQUFRLEVBQUUsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFBO0lBQ3hDLENBQUMsQ0FDRixDQUFBO0FBQ0gsQ0FBQztBQUVEOzs7O0dBSUc7QUFDSCxNQUFNLFVBQVUsSUFBSSxDQUFDLElBQVk7SUFDL0IsT0FBTyxLQUFLLElBQUksSUFBSSxDQUFBO0FBQ3RCLENBQUM7QUFFRDs7OztHQUlHO0FBQ0gsTUFBTSxVQUFVLE1BQU0sQ0FBQyxJQUFZO0lBQ2pDLE9BQU8sSUFBSSxJQUFJLEdBQUcsQ0FBQTtBQUNwQixDQUFDO0FBRUQ7Ozs7R0FJRztBQUNILE1BQU0sVUFBVSxLQUFLLENBQUMsSUFBWTtJQUNoQyxPQUFPLFVBQVUsSUFBSSxVQUFVLENBQUE7QUFDakMsQ0FBQztBQUVEOzs7O0dBSUc7QUFDSCxNQUFNLFVBQVUsT0FBTyxDQUFDLEtBQUssR0FBRyxDQUFDO0lBQy9CLE9BQU8sSUFBSSxDQUFDLE1BQU0sQ0FBQyxLQUFLLENBQUMsQ0FBQTtBQUMzQixDQUFDO0FBRUQ7Ozs7R0FJRztBQUNILE1BQU0sVUFBVSxPQUFPLENBQ3JCLEdBQUcsTUFBc0Q7SUFFekQsT0FBTyxJQUFJLENBQUMsTUFBTSxFQUFFLEtBQUssQ0FBQyxFQUFFLENBQUMsS0FBSyxFQUFFLEVBQUUsQ0FBQyxDQUFBO0FBQ3pDLENBQUM7QUFFRDs7OztHQUlHO0FBQ0gsTUFBTSxVQUFVLFFBQVEsQ0FDdEIsR0FBRyxNQUFzRDtJQUV6RCxPQUFPLElBQUksQ0FBQyxNQUFNLEVBQUUsS0FBSyxDQUFDLEVBQUUsQ0FBQyxLQUFLLEVBQUUsT0FBTyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUE7QUFDakQsQ0FBQztBQUVEOzs7O0dBSUc7QUFDSCxNQUFNLFVBQVUsS0FBSyxDQUNuQixHQUFHLE1BQXNEO0lBRXpELE9BQU8sSUFBSSxDQUFDLE1BQU0sRUFBRSxLQUFLLENBQUMsRUFBRSxDQUFDLEtBQUssRUFBRSxHQUFHLENBQUMsQ0FBQTtBQUMxQyxDQUFDO0FBRUQ7Ozs7R0FJRztBQUNILE1BQU0sVUFBVSxHQUFHLENBQUMsR0FBRyxLQUE2QztJQUNsRSxPQUFPLEtBQUssQ0FBQyxNQUFNLENBQUMsQ0FBQyxHQUFXLEVBQUUsSUFBSSxFQUFFLEVBQUU7UUFDeEMsSUFBSSxPQUFPLElBQUksS0FBSyxRQUFRLElBQUksQ0FBQyxJQUFJLEVBQUUsQ0FBQztZQUN0QyxPQUFPLEdBQUcsQ0FBQTtRQUNaLENBQUM7UUFFRCxNQUFNLE9BQU8sR0FBRyxNQUFNLENBQUMsSUFBSSxDQUFDLENBQUMsT0FBTyxDQUFDLFlBQVksRUFBRSxFQUFFLENBQUMsQ0FBQTtRQUV0RCxPQUFPLEdBQUc7WUFDUixDQUFDLENBQUMsR0FBRyxHQUFHLElBQUksT0FBTyxFQUFFO1lBQ3JCLENBQUMsQ0FBQyxPQUFPLENBQUE7SUFDYixDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUE7QUFDUixDQUFDIn0=
;// CONCATENATED MODULE: ./node_modules/@conventional-changelog/template/dist/templates.js

/**
 * Builds a repository URL from template context fields.
 * @param context - Template context.
 * @returns Repository URL.
 */
function repositoryUrl(context) {
    if (context.repository) {
        return url(context.host, context.owner, context.repository);
    }
    return context.repoUrl || '';
}
/**
 * Builds a repository URL for a commit reference.
 * @param context - Template context.
 * @param reference - Commit reference.
 * @returns Reference repository URL.
 */
function referenceRepositoryUrl(context, reference) {
    if (!context.repository) {
        return context.repoUrl || '';
    }
    if (reference.repository) {
        return url(context.host, reference.owner, reference.repository);
    }
    return url(context.host, context.owner, context.repository);
}
/**
 * Builds a release comparison URL and encodes tag names as URL path segments.
 * @param context - Template context.
 * @returns Release comparison URL.
 */
function compareUrl(context) {
    const previousTag = encodeURIComponent(context.previousTag || '');
    const currentTag = encodeURIComponent(context.currentTag || '');
    return url(repositoryUrl(context), context.compare || 'compare', `${previousTag}...${currentTag}`);
}
const BREAKING_CHANGE_KEYWORDS = ['BREAKING CHANGE', 'BREAKING-CHANGE'];
const BREAKING_CHANGES_TITLE = 'BREAKING CHANGES';
/**
 * Renders a note group title.
 * Breaking change keywords are merged into a single title,
 * every other keyword is uppercased to group its spellings together.
 * @param title - Note title as it was written in a commit.
 * @returns Note group title.
 */
function noteTitle(title) {
    const upperCaseTitle = title.toUpperCase();
    return BREAKING_CHANGE_KEYWORDS.includes(upperCaseTitle)
        ? BREAKING_CHANGES_TITLE
        : upperCaseTitle;
}
/**
 * Checks if a note is a breaking change note.
 * @param note - Commit note.
 * @returns Is it a breaking change note.
 */
function isBreakingNote(note) {
    return noteTitle(note.title) === BREAKING_CHANGES_TITLE;
}
/**
 * Renders a commit reference label.
 * @param reference - Commit reference.
 * @returns Commit reference label.
 */
function reference(reference) {
    return strings(reference.owner && `${reference.owner}/`, reference.repository, reference.issue && `${reference.prefix || '#'}${reference.issue}`);
}
/**
 * Renders the default changelog header.
 * @param context - Template context.
 * @returns Changelog header.
 */
function headerPartial({ isPatch, title, version, date }) {
    const versionText = words(version, title && `"${title}"`, date && `(${date})`);
    return heading(2, isPatch ? small(versionText) : versionText);
}
/**
 * Renders the default changelog preamble.
 * @param context - Template context.
 * @returns Changelog preamble.
 */
function preamblePartial({ preamble }) {
    return strings(preamble);
}
/**
 * Renders the default changelog footer.
 * @param context - Template context.
 * @returns Changelog footer.
 */
function footerPartial({ noteGroups }) {
    return each(noteGroups, group => segments(heading(3, group.title), list(group.notes, note => note.text)), newline(2));
}
/**
 * Renders the default changelog commit line.
 * @param context - Template context.
 * @param commit - Transformed commit.
 * @returns Changelog commit line.
 */
function commitPartial(context, commit) {
    const { linkReferences, issue, commit: commitUrlPath } = context;
    const { hash, references, header } = commit;
    const commitLink = hash
        ? linkReferences
            ? `(${elements_link(hash, url(repositoryUrl(context), commitUrlPath, hash))})`
            : hash
        : '';
    const renderedReferences = each(references, (linkReference) => {
        if (linkReferences) {
            return elements_link(reference(linkReference), url(referenceRepositoryUrl(context, linkReference), issue, linkReference.issue));
        }
        return reference(linkReference);
    }, ' ');
    return strings(words(header, commitLink), renderedReferences && `, closes ${renderedReferences}`);
}
/**
 * Renders the default changelog template.
 * @param context - Template context.
 * @returns Changelog text.
 */
function template(context) {
    const { headerPartial, preamblePartial, commitPartial, footerPartial, commitGroups } = context;
    return segments(headerPartial(context), preamblePartial(context), each(commitGroups, group => list(group.commits, commit => commitPartial(context, commit))), footerPartial(context));
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoidGVtcGxhdGVzLmpzIiwic291cmNlUm9vdCI6IiIsInNvdXJjZXMiOlsiLi4vc3JjL3RlbXBsYXRlcy50cyJdLCJuYW1lcyI6W10sIm1hcHBpbmdzIjoiQUFPQSxPQUFPLEVBQ0wsSUFBSSxFQUNKLElBQUksRUFDSixJQUFJLEVBQ0osS0FBSyxFQUNMLE9BQU8sRUFDUCxRQUFRLEVBQ1IsT0FBTyxFQUNQLEtBQUssRUFDTCxPQUFPLEVBQ1AsR0FBRyxFQUNKLE1BQU0sZUFBZSxDQUFBO0FBRXRCOzs7O0dBSUc7QUFDSCxNQUFNLFVBQVUsYUFBYSxDQUMzQixPQUFxQztJQUVyQyxJQUFJLE9BQU8sQ0FBQyxVQUFVLEVBQUUsQ0FBQztRQUN2QixPQUFPLEdBQUcsQ0FBQyxPQUFPLENBQUMsSUFBSSxFQUFFLE9BQU8sQ0FBQyxLQUFLLEVBQUUsT0FBTyxDQUFDLFVBQVUsQ0FBQyxDQUFBO0lBQzdELENBQUM7SUFFRCxPQUFPLE9BQU8sQ0FBQyxPQUFPLElBQUksRUFBRSxDQUFBO0FBQzlCLENBQUM7QUFFRDs7Ozs7R0FLRztBQUNILE1BQU0sVUFBVSxzQkFBc0IsQ0FDcEMsT0FBcUMsRUFDckMsU0FBMEI7SUFFMUIsSUFBSSxDQUFDLE9BQU8sQ0FBQyxVQUFVLEVBQUUsQ0FBQztRQUN4QixPQUFPLE9BQU8sQ0FBQyxPQUFPLElBQUksRUFBRSxDQUFBO0lBQzlCLENBQUM7SUFFRCxJQUFJLFNBQVMsQ0FBQyxVQUFVLEVBQUUsQ0FBQztRQUN6QixPQUFPLEdBQUcsQ0FBQyxPQUFPLENBQUMsSUFBSSxFQUFFLFNBQVMsQ0FBQyxLQUFLLEVBQUUsU0FBUyxDQUFDLFVBQVUsQ0FBQyxDQUFBO0lBQ2pFLENBQUM7SUFFRCxPQUFPLEdBQUcsQ0FBQyxPQUFPLENBQUMsSUFBSSxFQUFFLE9BQU8sQ0FBQyxLQUFLLEVBQUUsT0FBTyxDQUFDLFVBQVUsQ0FBQyxDQUFBO0FBQzdELENBQUM7QUFFRDs7OztHQUlHO0FBQ0gsTUFBTSxVQUFVLFVBQVUsQ0FDeEIsT0FBcUM7SUFFckMsTUFBTSxXQUFXLEdBQUcsa0JBQWtCLENBQUMsT0FBTyxDQUFDLFdBQVcsSUFBSSxFQUFFLENBQUMsQ0FBQTtJQUNqRSxNQUFNLFVBQVUsR0FBRyxrQkFBa0IsQ0FBQyxPQUFPLENBQUMsVUFBVSxJQUFJLEVBQUUsQ0FBQyxDQUFBO0lBRS9ELE9BQU8sR0FBRyxDQUNSLGFBQWEsQ0FBQyxPQUFPLENBQUMsRUFDdEIsT0FBTyxDQUFDLE9BQU8sSUFBSSxTQUFTLEVBQzVCLEdBQUcsV0FBVyxNQUFNLFVBQVUsRUFBRSxDQUNqQyxDQUFBO0FBQ0gsQ0FBQztBQUVELE1BQU0sQ0FBQyxNQUFNLHdCQUF3QixHQUFHLENBQUMsaUJBQWlCLEVBQUUsaUJBQWlCLENBQUMsQ0FBQTtBQUM5RSxNQUFNLENBQUMsTUFBTSxzQkFBc0IsR0FBRyxrQkFBa0IsQ0FBQTtBQUV4RDs7Ozs7O0dBTUc7QUFDSCxNQUFNLFVBQVUsU0FBUyxDQUFDLEtBQWE7SUFDckMsTUFBTSxjQUFjLEdBQUcsS0FBSyxDQUFDLFdBQVcsRUFBRSxDQUFBO0lBRTFDLE9BQU8sd0JBQXdCLENBQUMsUUFBUSxDQUFDLGNBQWMsQ0FBQztRQUN0RCxDQUFDLENBQUMsc0JBQXNCO1FBQ3hCLENBQUMsQ0FBQyxjQUFjLENBQUE7QUFDcEIsQ0FBQztBQUVEOzs7O0dBSUc7QUFDSCxNQUFNLFVBQVUsY0FBYyxDQUFDLElBQWdCO0lBQzdDLE9BQU8sU0FBUyxDQUFDLElBQUksQ0FBQyxLQUFLLENBQUMsS0FBSyxzQkFBc0IsQ0FBQTtBQUN6RCxDQUFDO0FBRUQ7Ozs7R0FJRztBQUNILE1BQU0sVUFBVSxTQUFTLENBQUMsU0FBMEI7SUFDbEQsT0FBTyxPQUFPLENBQ1osU0FBUyxDQUFDLEtBQUssSUFBSSxHQUFHLFNBQVMsQ0FBQyxLQUFLLEdBQUcsRUFDeEMsU0FBUyxDQUFDLFVBQVUsRUFDcEIsU0FBUyxDQUFDLEtBQUssSUFBSSxHQUFHLFNBQVMsQ0FBQyxNQUFNLElBQUksR0FBRyxHQUFHLFNBQVMsQ0FBQyxLQUFLLEVBQUUsQ0FDbEUsQ0FBQTtBQUNILENBQUM7QUFFRDs7OztHQUlHO0FBQ0gsTUFBTSxVQUFVLGFBQWEsQ0FBcUQsRUFDaEYsT0FBTyxFQUNQLEtBQUssRUFDTCxPQUFPLEVBQ1AsSUFBSSxFQUN5QjtJQUM3QixNQUFNLFdBQVcsR0FBRyxLQUFLLENBQ3ZCLE9BQU8sRUFDUCxLQUFLLElBQUksSUFBSSxLQUFLLEdBQUcsRUFDckIsSUFBSSxJQUFJLElBQUksSUFBSSxHQUFHLENBQ3BCLENBQUE7SUFFRCxPQUFPLE9BQU8sQ0FBQyxDQUFDLEVBQUUsT0FBTyxDQUFDLENBQUMsQ0FBQyxLQUFLLENBQUMsV0FBVyxDQUFDLENBQUMsQ0FBQyxDQUFDLFdBQVcsQ0FBQyxDQUFBO0FBQy9ELENBQUM7QUFFRDs7OztHQUlHO0FBQ0gsTUFBTSxVQUFVLGVBQWUsQ0FDN0IsRUFBRSxRQUFRLEVBQWdDO0lBRTFDLE9BQU8sT0FBTyxDQUFDLFFBQVEsQ0FBQyxDQUFBO0FBQzFCLENBQUM7QUFFRDs7OztHQUlHO0FBQ0gsTUFBTSxVQUFVLGFBQWEsQ0FDM0IsRUFBRSxVQUFVLEVBQWdDO0lBRTVDLE9BQU8sSUFBSSxDQUNULFVBQVUsRUFDVixLQUFLLENBQUMsRUFBRSxDQUFDLFFBQVEsQ0FDZixPQUFPLENBQUMsQ0FBQyxFQUFFLEtBQUssQ0FBQyxLQUFLLENBQUMsRUFDdkIsSUFBSSxDQUNGLEtBQUssQ0FBQyxLQUFLLEVBQ1gsSUFBSSxDQUFDLEVBQUUsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUNsQixDQUNGLEVBQ0QsT0FBTyxDQUFDLENBQUMsQ0FBQyxDQUNYLENBQUE7QUFDSCxDQUFDO0FBRUQ7Ozs7O0dBS0c7QUFDSCxNQUFNLFVBQVUsYUFBYSxDQUMzQixPQUFxQyxFQUNyQyxNQUFpQztJQUVqQyxNQUFNLEVBQ0osY0FBYyxFQUNkLEtBQUssRUFDTCxNQUFNLEVBQUUsYUFBYSxFQUN0QixHQUFHLE9BQU8sQ0FBQTtJQUNYLE1BQU0sRUFDSixJQUFJLEVBQ0osVUFBVSxFQUNWLE1BQU0sRUFDUCxHQUFHLE1BQU0sQ0FBQTtJQUNWLE1BQU0sVUFBVSxHQUFHLElBQUk7UUFDckIsQ0FBQyxDQUFDLGNBQWM7WUFDZCxDQUFDLENBQUMsSUFBSSxJQUFJLENBQUMsSUFBSSxFQUFFLEdBQUcsQ0FBQyxhQUFhLENBQUMsT0FBTyxDQUFDLEVBQUUsYUFBYSxFQUFFLElBQUksQ0FBQyxDQUFDLEdBQUc7WUFDckUsQ0FBQyxDQUFDLElBQUk7UUFDUixDQUFDLENBQUMsRUFBRSxDQUFBO0lBQ04sTUFBTSxrQkFBa0IsR0FBRyxJQUFJLENBQzdCLFVBQVUsRUFDVixDQUFDLGFBQWEsRUFBRSxFQUFFO1FBQ2hCLElBQUksY0FBYyxFQUFFLENBQUM7WUFDbkIsT0FBTyxJQUFJLENBQ1QsU0FBUyxDQUFDLGFBQWEsQ0FBQyxFQUN4QixHQUFHLENBQUMsc0JBQXNCLENBQUMsT0FBTyxFQUFFLGFBQWEsQ0FBQyxFQUFFLEtBQUssRUFBRSxhQUFhLENBQUMsS0FBSyxDQUFDLENBQ2hGLENBQUE7UUFDSCxDQUFDO1FBRUQsT0FBTyxTQUFTLENBQUMsYUFBYSxDQUFDLENBQUE7SUFDakMsQ0FBQyxFQUNELEdBQUcsQ0FDSixDQUFBO0lBRUQsT0FBTyxPQUFPLENBQ1osS0FBSyxDQUNILE1BQU0sRUFDTixVQUFVLENBQ1gsRUFDRCxrQkFBa0IsSUFBSSxZQUFZLGtCQUFrQixFQUFFLENBQ3ZELENBQUE7QUFDSCxDQUFDO0FBRUQ7Ozs7R0FJRztBQUNILE1BQU0sVUFBVSxRQUFRLENBQ3RCLE9BQXFDO0lBRXJDLE1BQU0sRUFDSixhQUFhLEVBQ2IsZUFBZSxFQUNmLGFBQWEsRUFDYixhQUFhLEVBQ2IsWUFBWSxFQUNiLEdBQUcsT0FBTyxDQUFBO0lBRVgsT0FBTyxRQUFRLENBQ2IsYUFBYSxDQUFDLE9BQU8sQ0FBQyxFQUN0QixlQUFlLENBQUMsT0FBTyxDQUFDLEVBQ3hCLElBQUksQ0FDRixZQUFZLEVBQ1osS0FBSyxDQUFDLEVBQUUsQ0FBQyxJQUFJLENBQ1gsS0FBSyxDQUFDLE9BQU8sRUFDYixNQUFNLENBQUMsRUFBRSxDQUFDLGFBQWEsQ0FBQyxPQUFPLEVBQUUsTUFBTSxDQUFDLENBQ3pDLENBQ0YsRUFDRCxhQUFhLENBQUMsT0FBTyxDQUFDLENBQ3ZCLENBQUE7QUFDSCxDQUFDIn0=
;// CONCATENATED MODULE: ./node_modules/conventional-changelog-conventionalcommits/src/constants.js
const BREAKING_HEADER_PATTERN = /^(\w*)(?:\((.*)\))?!: (.*)$/

const DEFAULT_COMMIT_TYPES = Object.freeze([
  {
    type: 'feat',
    section: 'Features',
    effect: 'bump'
  },
  {
    type: 'feature',
    section: 'Features',
    effect: 'bump'
  },
  {
    type: 'fix',
    section: 'Bug Fixes',
    effect: 'bump'
  },
  {
    type: 'perf',
    section: 'Performance Improvements',
    effect: 'bump'
  },
  {
    type: 'revert',
    section: 'Reverts',
    effect: 'bump'
  },
  {
    type: 'docs',
    section: 'Documentation',
    effect: 'hidden'
  },
  {
    type: 'style',
    section: 'Styles',
    effect: 'hidden'
  },
  {
    type: 'chore',
    section: 'Miscellaneous Chores',
    effect: 'hidden'
  },
  {
    type: 'refactor',
    section: 'Code Refactoring',
    effect: 'hidden'
  },
  {
    type: 'test',
    section: 'Tests',
    effect: 'hidden'
  },
  {
    type: 'build',
    section: 'Build System',
    effect: 'hidden'
  },
  {
    type: 'ci',
    section: 'Continuous Integration',
    effect: 'hidden'
  }
].map(Object.freeze))

;// CONCATENATED MODULE: ./node_modules/conventional-changelog-conventionalcommits/src/parser.js



function createParserOpts(config) {
  return {
    headerPattern: /^(\w*)(?:\((.*)\))?!?: (.*)$/,
    breakingHeaderPattern: BREAKING_HEADER_PATTERN,
    headerCorrespondence: [
      'type',
      'scope',
      'subject'
    ],
    noteKeywords: BREAKING_CHANGE_KEYWORDS,
    revertPattern: /^(?:Revert|revert:)\s"?([\s\S]+?)"?\s*This reverts commit (\w*)\./i,
    revertCorrespondence: ['header', 'hash'],
    issuePrefixes: config?.issuePrefixes || ['#']
  }
}

;// CONCATENATED MODULE: ./node_modules/@conventional-changelog/template/dist/references.js

/**
 * Markdown segments to keep as is: replacing references inside them
 * would break already formatted links, code samples and urls.
 */
const protectedSegments = [
    /\[(?:[^[\]]|\[[^[\]]*])*]\((?:[^()\n]|\([^()\n]*\))*\)/, // [text](url)
    /\[[^\]]*]\[[^\]]*]/, // [text][ref]
    // the lookahead makes the delimiter length atomic, without it a long run
    // of backticks makes the regex engine retry every possible delimiter length
    /^[ \t]*(?=(?<fence>`{3,}|~{3,}))\k<fence>[\s\S]*?^[ \t]*\k<fence>[ \t]*\r?$/, // ```code block```
    /(?=(?<code>`+))\k<code>[^\n]*?\k<code>/, // `code span`
    /https?:\/\/(?:[^\s()]|\([^\s()]*\))+/ // https://url
];
const userMention = /\B@(?<user>[a-z0-9](?:-?[a-z0-9/]){0,38})/;
const defaultIssuePattern = /[a-z0-9]+/;
/**
 * Escapes a string to use it as a part of a regex.
 * @param string
 * @returns Escaped string.
 */
function escapeRegExp(string) {
    return string.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/**
 * Builds a regex which matches issue and user references
 * outside of the protected Markdown segments.
 * @param issuePrefixes
 * @param issuePattern
 * @returns Regex with `prefix`, `issue` and `user` groups.
 */
function referencesRegex(issuePrefixes = [], issuePattern = defaultIssuePattern) {
    const prefixes = issuePrefixes
        .map(prefix => (typeof prefix === 'string' ? escapeRegExp(prefix) : prefix.source))
        .join('|');
    const patterns = [
        ...protectedSegments.map(segment => segment.source),
        // without prefixes every word would be matched as an issue reference
        prefixes && `(?<prefix>${prefixes})(?<issue>${issuePattern.source})`,
        userMention.source
    ];
    return new RegExp(patterns.filter(Boolean).join('|'), 'gm');
}
/**
 * Creates a text formatter for the given options.
 *
 * Regexes from the options are inlined into a single multiline regex,
 * so their flags are ignored, `^` and `$` match line boundaries,
 * and they should not contain capturing groups, backreferences or named groups.
 * @param options - Formatter options.
 * @returns Formatter which replaces issue and user references in a text with links.
 */
function createReferencesFormatter(options) {
    const regex = referencesRegex(options.issuePrefixes, options.issuePattern);
    return (text, context, references) => text.replace(regex, (match, ...args) => {
        const { prefix, issue, user } = args.at(-1);
        if (issue) {
            const issueUrl = options.formatIssueUrl(context, {
                prefix: prefix,
                issue
            });
            if (!issueUrl) {
                return match;
            }
            references?.push(match);
            return elements_link(match, issueUrl);
        }
        if (user) {
            // TODO: investigate why this code exists.
            if (user.includes('/')) {
                return match;
            }
            const userUrl = options.formatUserUrl(context, user);
            if (!userUrl) {
                return match;
            }
            return elements_link(match, userUrl);
        }
        return match;
    });
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoicmVmZXJlbmNlcy5qcyIsInNvdXJjZVJvb3QiOiIiLCJzb3VyY2VzIjpbIi4uL3NyYy9yZWZlcmVuY2VzLnRzIl0sIm5hbWVzIjpbXSwibWFwcGluZ3MiOiJBQUlBLE9BQU8sRUFBRSxJQUFJLEVBQUUsTUFBTSxlQUFlLENBQUE7QUFFcEM7OztHQUdHO0FBQ0gsTUFBTSxpQkFBaUIsR0FBRztJQUN4Qix3REFBd0QsRUFBRSxjQUFjO0lBQ3hFLG9CQUFvQixFQUFFLGNBQWM7SUFDcEMseUVBQXlFO0lBQ3pFLDRFQUE0RTtJQUM1RSw2RUFBNkUsRUFBRSxtQkFBbUI7SUFDbEcsd0NBQXdDLEVBQUUsY0FBYztJQUN4RCxzQ0FBc0MsQ0FBQyxjQUFjO0NBQ3RELENBQUE7QUFDRCxNQUFNLFdBQVcsR0FBRywyQ0FBMkMsQ0FBQTtBQUMvRCxNQUFNLG1CQUFtQixHQUFHLFdBQVcsQ0FBQTtBQXdDdkM7Ozs7R0FJRztBQUNILFNBQVMsWUFBWSxDQUFDLE1BQWM7SUFDbEMsT0FBTyxNQUFNLENBQUMsT0FBTyxDQUFDLHFCQUFxQixFQUFFLE1BQU0sQ0FBQyxDQUFBO0FBQ3RELENBQUM7QUFFRDs7Ozs7O0dBTUc7QUFDSCxTQUFTLGVBQWUsQ0FDdEIsYUFBYSxHQUF3QixFQUFFLEVBQ3ZDLFlBQVksR0FBVyxtQkFBbUI7SUFFMUMsTUFBTSxRQUFRLEdBQUcsYUFBYTtTQUMzQixHQUFHLENBQUMsTUFBTSxDQUFDLEVBQUUsQ0FBQyxDQUFDLE9BQU8sTUFBTSxLQUFLLFFBQVEsQ0FBQyxDQUFDLENBQUMsWUFBWSxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsQ0FBQyxNQUFNLENBQUMsTUFBTSxDQUFDLENBQUM7U0FDbEYsSUFBSSxDQUFDLEdBQUcsQ0FBQyxDQUFBO0lBQ1osTUFBTSxRQUFRLEdBQUc7UUFDZixHQUFHLGlCQUFpQixDQUFDLEdBQUcsQ0FBQyxPQUFPLENBQUMsRUFBRSxDQUFDLE9BQU8sQ0FBQyxNQUFNLENBQUM7UUFDbkQscUVBQXFFO1FBQ3JFLFFBQVEsSUFBSSxhQUFhLFFBQVEsYUFBYSxZQUFZLENBQUMsTUFBTSxHQUFHO1FBQ3BFLFdBQVcsQ0FBQyxNQUFNO0tBQ25CLENBQUE7SUFFRCxPQUFPLElBQUksTUFBTSxDQUFDLFFBQVEsQ0FBQyxNQUFNLENBQUMsT0FBTyxDQUFDLENBQUMsSUFBSSxDQUFDLEdBQUcsQ0FBQyxFQUFFLElBQUksQ0FBQyxDQUFBO0FBQzdELENBQUM7QUFFRDs7Ozs7Ozs7R0FRRztBQUNILE1BQU0sVUFBVSx5QkFBeUIsQ0FDdkMsT0FBMkM7SUFFM0MsTUFBTSxLQUFLLEdBQUcsZUFBZSxDQUFDLE9BQU8sQ0FBQyxhQUFhLEVBQUUsT0FBTyxDQUFDLFlBQVksQ0FBQyxDQUFBO0lBRTFFLE9BQU8sQ0FBQyxJQUFJLEVBQUUsT0FBTyxFQUFFLFVBQVUsRUFBRSxFQUFFLENBQUMsSUFBSSxDQUFDLE9BQU8sQ0FBQyxLQUFLLEVBQUUsQ0FBQyxLQUFLLEVBQUUsR0FBRyxJQUFJLEVBQUUsRUFBRTtRQUMzRSxNQUFNLEVBQ0osTUFBTSxFQUNOLEtBQUssRUFDTCxJQUFJLEVBQ0wsR0FBRyxJQUFJLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUErQyxDQUFBO1FBRTdELElBQUksS0FBSyxFQUFFLENBQUM7WUFDVixNQUFNLFFBQVEsR0FBRyxPQUFPLENBQUMsY0FBYyxDQUFDLE9BQU8sRUFBRTtnQkFDL0MsTUFBTSxFQUFFLE1BQWdCO2dCQUN4QixLQUFLO2FBQ04sQ0FBQyxDQUFBO1lBRUYsSUFBSSxDQUFDLFFBQVEsRUFBRSxDQUFDO2dCQUNkLE9BQU8sS0FBSyxDQUFBO1lBQ2QsQ0FBQztZQUVELFVBQVUsRUFBRSxJQUFJLENBQUMsS0FBSyxDQUFDLENBQUE7WUFFdkIsT0FBTyxJQUFJLENBQUMsS0FBSyxFQUFFLFFBQVEsQ0FBQyxDQUFBO1FBQzlCLENBQUM7UUFFRCxJQUFJLElBQUksRUFBRSxDQUFDO1lBQ1QsMENBQTBDO1lBQzFDLElBQUksSUFBSSxDQUFDLFFBQVEsQ0FBQyxHQUFHLENBQUMsRUFBRSxDQUFDO2dCQUN2QixPQUFPLEtBQUssQ0FBQTtZQUNkLENBQUM7WUFFRCxNQUFNLE9BQU8sR0FBRyxPQUFPLENBQUMsYUFBYSxDQUFDLE9BQU8sRUFBRSxJQUFJLENBQUMsQ0FBQTtZQUVwRCxJQUFJLENBQUMsT0FBTyxFQUFFLENBQUM7Z0JBQ2IsT0FBTyxLQUFLLENBQUE7WUFDZCxDQUFDO1lBRUQsT0FBTyxJQUFJLENBQUMsS0FBSyxFQUFFLE9BQU8sQ0FBQyxDQUFBO1FBQzdCLENBQUM7UUFFRCxPQUFPLEtBQUssQ0FBQTtJQUNkLENBQUMsQ0FBQyxDQUFBO0FBQ0osQ0FBQyJ9
;// CONCATENATED MODULE: ./node_modules/@conventional-changelog/template/dist/legacy.js
/**
 * Creates writer options which make legacy handlebars-based writers
 * (`conventional-changelog-writer@8` and older) fail loudly instead of
 * silently rendering an empty changelog when a mixed-versions install
 * resolves a modern preset against them.
 * Legacy writers compile the `mainTemplate` option with handlebars,
 * where rendering the planted template triggers the `helperMissing` hook,
 * which throws an error with the message from the template.
 * Modern writers have no `mainTemplate` option and ignore the value,
 * and a string survives the option merges of downstream tooling,
 * so the guard reaches legacy writers even through cloned options.
 * The message must not contain `]` characters to stay a valid
 * handlebars segment literal.
 * @param preset - Preset package name to mention in the error message.
 * @returns Writer options to spread into preset writer options.
 */
function createLegacyWriterGuard(preset) {
    return {
        mainTemplate: `{{[${preset} requires conventional-changelog-writer@9 or newer (conventional-changelog@8 or newer). Your changelog tooling loaded an older writer which cannot render this preset. Update the tooling or use an older major version of the preset.] true}}`
    };
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoibGVnYWN5LmpzIiwic291cmNlUm9vdCI6IiIsInNvdXJjZXMiOlsiLi4vc3JjL2xlZ2FjeS50cyJdLCJuYW1lcyI6W10sIm1hcHBpbmdzIjoiQUFBQTs7Ozs7Ozs7Ozs7Ozs7O0dBZUc7QUFDSCxNQUFNLFVBQVUsdUJBQXVCLENBQUMsTUFBYztJQUNwRCxPQUFPO1FBQ0wsWUFBWSxFQUFFLE1BQU0sTUFBTSxnUEFBZ1A7S0FDM1EsQ0FBQTtBQUNILENBQUMifQ==
;// CONCATENATED MODULE: ./node_modules/conventional-changelog-conventionalcommits/src/utils.js



/**
 * Get commit notes with the breaking change declared by `!` in the header.
 * The parser adds that note only if the commit has no notes at all,
 * so a footer of any other keyword hides the breaking change.
 * @param commit
 * @returns Commit notes.
 */
function getNotes(commit) {
  if (commit.notes.some(isBreakingNote) || !BREAKING_HEADER_PATTERN.test(commit.header || '')) {
    return commit.notes
  }

  return [
    {
      title: BREAKING_CHANGE_KEYWORDS[0],
      text: commit.subject || ''
    },
    ...commit.notes
  ]
}

function hasIntersection(a, b) {
  if (!a || !b) {
    return false
  }

  let listA = a
  let listB = b

  if (!Array.isArray(listA)) {
    listA = [listA]
  }

  if (!Array.isArray(listB)) {
    listB = [listB]
  }

  return listA.some(item => listB.includes(item))
}

function matchScope(config = {}, commit) {
  const {
    scope: targetScope,
    scopeOnly = false
  } = config
  const includesScope = hasIntersection(
    commit.scope?.split(','),
    targetScope
  )

  return !targetScope
    || (scopeOnly && includesScope)
    || (!scopeOnly && (!commit.scope || includesScope))
}

function findTypeEntry(types, commit) {
  const typeKey = (commit.revert ? 'revert' : commit.type || '').toLowerCase()

  return types.find((entry) => {
    if (entry.type !== typeKey) {
      return false
    }

    if (entry.scope && entry.scope !== commit.scope) {
      return false
    }

    return true
  })
}

function isTypeEffect(type, effect) {
  return (type.effect || 'bump') === effect
}

;// CONCATENATED MODULE: ./node_modules/conventional-changelog-conventionalcommits/src/templates.js


function templates_headerPartial(context) {
  const {
    linkCompare,
    version,
    title,
    date
  } = context
  const versionText = linkCompare
    ? elements_link(version, this.formatCompareUrl(context))
    : version

  return heading(
    2,
    words(
      versionText,
      title && `"${title}"`,
      date && `(${date})`
    )
  )
}

function templates_preamblePartial(context) {
  return strings(context.preamble)
}

function renderReferences(context, references, filter) {
  return each(
    references?.filter(filter),
    (commitReference) => {
      if (context.linkReferences) {
        return elements_link(
          reference(commitReference),
          this.formatIssueUrl(context, commitReference)
        )
      }

      return reference(commitReference)
    },
    ' '
  )
}

function templates_commitPartial(context, commit) {
  const { linkReferences } = context
  const {
    scope,
    subject,
    header,
    shortHash,
    hash,
    references
  } = commit
  const commitLink = hash
    ? linkReferences
      ? `(${elements_link(shortHash, this.formatCommitUrl(context, commit))})`
      : shortHash
    : ''
  const closingReferences = renderReferences.call(
    this,
    context,
    references,
    commitReference => commitReference.action
  )
  const otherReferences = renderReferences.call(
    this,
    context,
    references,
    commitReference => !commitReference.action
  )

  return strings(
    words(
      scope && bold(`${scope}:`),
      subject || header || '',
      commitLink
    ),
    closingReferences && `, closes ${closingReferences}`,
    otherReferences && `, references ${otherReferences}`
  )
}

function templates_footerPartial() {
  return ''
}

function templates_template(context) {
  const {
    headerPartial,
    preamblePartial,
    commitPartial,
    footerPartial,
    noteGroups,
    commitGroups
  } = context

  return segments(
    headerPartial(context),
    preamblePartial(context),
    each(
      noteGroups,
      group => segments(
        heading(3, words(this.formatNoteIcon(context, group.title), group.title)),
        list(
          group.notes,
          note => words(
            note.commit.scope && bold(`${note.commit.scope}:`),
            note.text
          )
        )
      ),
      newline(2)
    ),
    each(
      commitGroups,
      group => segments(
        group.title && heading(3, group.title),
        list(
          group.commits,
          commit => commitPartial(context, commit)
        )
      ),
      newline(2)
    ),
    footerPartial(context)
  )
}

;// CONCATENATED MODULE: ./node_modules/conventional-changelog-conventionalcommits/src/format.js


function formatNoteTitle(context, title) {
  return noteTitle(title)
}

function formatNoteIcon(context, title) {
  return title === BREAKING_CHANGES_TITLE ? '⚠' : ''
}

function formatIssueUrl(context, reference) {
  return url(
    referenceRepositoryUrl(context, reference),
    context.issue || 'issues',
    reference.issue
  )
}

function formatCommitUrl(context, commit) {
  return url(repositoryUrl(context), context.commit || 'commit', commit.hash)
}

function formatCompareUrl(context) {
  return compareUrl(context)
}

function formatUserUrl(context, user) {
  return url(context.host, user)
}

;// CONCATENATED MODULE: ./node_modules/conventional-changelog-conventionalcommits/src/writer.js






const COMMIT_HASH_LENGTH = 7
const releaseAsRegex = /release-as:\s*\w*@?([0-9]+\.[0-9]+\.[0-9a-z]+(-[0-9a-z.]+)?)\s*/i

function compareNotes(a, b) {
  return (a.title || '').localeCompare(b.title || '')
    || (a.text || '').localeCompare(b.text || '')
}

function createWriterOpts(config) {
  const finalConfig = {
    types: DEFAULT_COMMIT_TYPES,
    issuePrefixes: ['#'],
    ...format_namespaceObject,
    ...config
  }
  const commitGroupOrder = finalConfig.types.map(t => t.section).filter(Boolean)
  const formatReferences = createReferencesFormatter(finalConfig)

  return {
    ...createLegacyWriterGuard('conventional-changelog-conventionalcommits'),
    template: templates_template.bind(finalConfig),
    headerPartial: templates_headerPartial.bind(finalConfig),
    preamblePartial: templates_preamblePartial.bind(finalConfig),
    commitPartial: templates_commitPartial.bind(finalConfig),
    footerPartial: templates_footerPartial.bind(finalConfig),
    transform: (commit, context) => {
      let discard = true
      const issues = []
      const entry = findTypeEntry(finalConfig.types, commit)

      // Add an entry in the CHANGELOG if special Release-As footer
      // is used:
      if ((commit.footer && releaseAsRegex.test(commit.footer))
        || (commit.body && releaseAsRegex.test(commit.body))) {
        discard = false
      }

      const notes = getNotes(commit).map((note) => {
        discard = false

        return {
          ...note,
          title: finalConfig.formatNoteTitle(context, note.title),
          text: formatReferences(note.text, context)
        }
      })

      if (
        // notes attached to any type are still displayed.
        discard && (entry === undefined || isTypeEffect(entry, 'hidden'))
        || !matchScope(finalConfig, commit)
      ) {
        return undefined
      }

      const type = entry
        ? entry.section
        : commit.type
      const scope = commit.scope === '*' || finalConfig.scope
        ? ''
        : commit.scope
      const shortHash = typeof commit.hash === 'string'
        ? commit.hash.substring(0, COMMIT_HASH_LENGTH)
        : commit.shortHash
      let { subject } = commit

      if (typeof subject === 'string') {
        // Issue and user URLs.
        subject = formatReferences(subject, context, issues)
      }

      // remove references that already appear in the subject
      const references = commit.references.filter(reference => !issues.includes(reference.prefix + reference.issue))

      return {
        notes,
        type,
        scope,
        shortHash,
        subject,
        references
      }
    },
    groupBy: 'type',
    // the groupings of commit messages, e.g., Features vs., Bug Fixes, are
    // sorted based on their probable importance:
    commitGroupsSort: (a, b) => {
      const gRankA = commitGroupOrder.indexOf(a.title)
      const gRankB = commitGroupOrder.indexOf(b.title)

      return gRankA - gRankB
    },
    commitsSort: ['scope', 'subject'],
    noteGroupsSort: 'title',
    notesSort: compareNotes
  }
}

;// CONCATENATED MODULE: ./node_modules/conventional-changelog-conventionalcommits/src/whatBump.js




function createWhatBump(config = {}) {
  const { types = DEFAULT_COMMIT_TYPES } = config

  return function whatBump(commits) {
    let level = null
    let breakings = 0
    let features = 0

    commits.forEach((commit) => {
      if (!matchScope(config, commit)) {
        return
      }

      const entry = findTypeEntry(types, commit)
      // only breaking change notes affect the version,
      // any other note keyword is just a changelog section
      const breakingNotes = getNotes(commit).filter(isBreakingNote)

      if (breakingNotes.length > 0) {
        breakings += breakingNotes.length
        level = 0
      } else
        if (entry && isTypeEffect(entry, 'bump')) {
          if (level === null) {
            level = 2
          }

          if (commit.type === 'feat' || commit.type === 'feature') {
            features += 1

            if (level > 1) {
              level = 1
            }
          }
        }
    })

    if (level === null) {
      return null
    }

    if (config?.preMajor && level < 2) {
      level++
    }

    return {
      level,
      reason: breakings === 1
        ? `There is ${breakings} BREAKING CHANGE and ${features} features`
        : `There are ${breakings} BREAKING CHANGES and ${features} features`
    }
  }
}

;// CONCATENATED MODULE: ./node_modules/conventional-changelog-conventionalcommits/src/index.js







function createPreset(config) {
  return {
    commits: {
      ignore: config?.ignoreCommits,
      merges: false
    },
    parser: createParserOpts(config),
    writer: createWriterOpts(config),
    whatBump: createWhatBump(config)
  }
}

;// CONCATENATED MODULE: ./src/core/version/commits.ts




// The preset's typings are loose; its parser options are ParserOptions.
const preset = createPreset();
const parser = new CommitParser_CommitParser(preset.parser);
const SUB_HEADER = /^(?:[*-]\s+)?(\w+)(?:\([^)]*\))?!?: \S/;
const BREAKING_HEADER = /^\w+(?:\([^)]*\))?!: /;
const RELEASE_AS = /^Release-As:\s*(.*)$/im;
const ORDER = ['none', 'patch', 'minor', 'major'];
function bumpOf(type, breaking) {
    if (breaking)
        return 'major';
    if (type === 'feat')
        return 'minor';
    if (type === 'fix' || type === 'perf' || type === 'revert')
        return 'patch';
    return 'none';
}
function maxBump(a, b) {
    return ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b;
}
/**
 * A squash merge's body often lists the squashed messages ("* feat: a", "* fix: b").
 * Each becomes its own message; text before the first one belongs to the header.
 */
function splitSquashed(message) {
    const lines = message.split('\n');
    const messages = [[lines[0]]];
    for (const line of lines.slice(1)) {
        if (SUB_HEADER.test(line))
            messages.push([line.replace(/^[*-]\s+/, '')]);
        else
            messages[messages.length - 1].push(line.replace(/^ {2}/, ''));
    }
    return messages.map((m) => m.join('\n').trim()).filter(Boolean);
}
/**
 * Reads conventional commits (newest first) into the bump they call for.
 * Commits are parsed as they are added, so parsing overlaps with git's walk.
 */
class CommitAnalyzer {
    parsed = [];
    add(commit) {
        this.parsed.push({ commit, parts: splitSquashed(commit.message).map((text) => ({ text, parsed: parser.parse(text) })) });
    }
    finish() {
        const { reverted, cancelled } = this.cancelReverts();
        let bump = 'none';
        let releaseAs;
        const changes = [];
        const unparsed = [];
        for (const { commit, parts } of this.parsed) {
            if (reverted.has(commit.hash))
                continue;
            const forced = RELEASE_AS.exec(commit.message);
            if (forced && releaseAs === undefined) {
                const value = semver_default().valid(forced[1].trim().replace(/^v/, ''));
                if (!value) {
                    throw new VersionError(`Commit ${commit.hash.slice(0, 7)} has an invalid "Release-As: ${forced[1].trim()}" footer. Use a full version such as "Release-As: 2.0.0" in a new commit (or amend it).`, { commit: commit.hash });
                }
                releaseAs = value;
            }
            let recognised = false;
            for (const { text, parsed } of parts) {
                const type = parsed.type ?? (parsed.revert ? 'revert' : undefined);
                if (!type)
                    continue;
                recognised = true;
                const breaking = BREAKING_HEADER.test(text) || parsed.notes.some((n) => /^BREAKING[ -]CHANGE/i.test(n.title));
                const change = {
                    hash: commit.hash,
                    type,
                    scope: parsed.scope ?? undefined,
                    subject: parsed.subject ?? parsed.header ?? '',
                    breaking,
                    bump: bumpOf(type, breaking),
                    parsed: { ...parsed, type, hash: commit.hash }
                };
                changes.push(change);
                bump = maxBump(bump, change.bump);
            }
            if (!recognised)
                unparsed.push({ hash: commit.hash, subject: commit.message.split('\n')[0] });
        }
        return { bump, releaseAs, commits: this.parsed.length, changes, unparsed, cancelled };
    }
    /**
     * A revert and the commit it reverts, both in range, cancel out. Walking
     * oldest first, a revert of a revert brings the original back.
     */
    cancelReverts() {
        const reverted = new Set();
        const cancelled = [];
        const targetOf = new Map();
        const reverts = this.parsed.filter((p) => p.parts[0].parsed.revert?.hash);
        if (reverts.length === 0)
            return { reverted, cancelled };
        const hashes = this.parsed.map((p) => p.commit.hash);
        for (const { commit, parts } of reverts) {
            const prefix = parts[0].parsed.revert.hash;
            const target = prefix.length >= 7 ? hashes.find((h) => h !== commit.hash && h.startsWith(prefix)) : undefined;
            if (target)
                targetOf.set(commit.hash, target);
        }
        for (const { commit } of [...this.parsed].reverse()) {
            const target = targetOf.get(commit.hash);
            if (!target)
                continue;
            reverted.add(commit.hash);
            const original = targetOf.get(target);
            if (original && reverted.has(target))
                reverted.delete(original);
            reverted.add(target);
            cancelled.push(`${commit.hash.slice(0, 7)} reverts ${target.slice(0, 7)}`);
        }
        return { reverted, cancelled };
    }
}
function analyzeCommits(raw) {
    const analyzer = new CommitAnalyzer();
    for (const commit of raw)
        analyzer.add(commit);
    return analyzer.finish();
}

;// CONCATENATED MODULE: ./src/core/version/next-version.ts

/** The effective bump: before 1.0.0 a breaking change bumps minor. */
function effectiveBump(last, bump) {
    if (bump === 'major' && semver_default().major(last) === 0)
        return 'minor';
    return bump;
}
/**
 * The next stable version from the last release and the commits since it.
 * Returns undefined when nothing calls for a release.
 */
function nextStable(last, analysis) {
    if (analysis.releaseAs)
        return { version: analysis.releaseAs, bump: bumpBetween(last.version, analysis.releaseAs) };
    const bump = effectiveBump(last.version, analysis.bump);
    if (bump === 'none')
        return undefined;
    return { version: semver_default().inc(last.version, bump), bump };
}
function bumpBetween(from, to) {
    const diff = semver_default().diff(from, to);
    if (diff === 'major' || diff === 'premajor')
        return 'major';
    if (diff === 'minor' || diff === 'preminor')
        return 'minor';
    if (diff === null)
        return 'none';
    return 'patch';
}
/**
 * One more than the highest `n` already used for `<base>-<preid>.<n>` among
 * `known` versions (git tags and the store together).
 */
function nextPrereleaseNumber(base, preid, known) {
    let highest = 0;
    const prefix = `${base}-${preid}.`;
    for (const version of known) {
        if (!version.startsWith(prefix))
            continue;
        const rest = version.slice(prefix.length);
        if (/^\d+$/.test(rest))
            highest = Math.max(highest, Number(rest));
    }
    return highest + 1;
}
/** Picks the highest stable version among tags; prereleases never count as a release. */
function highestStable(versions) {
    return versions
        .filter((v) => semver_default().prerelease(v.version) === null)
        .sort((a, b) => semver_default().rcompare(a.version, b.version))[0];
}

;// CONCATENATED MODULE: ./src/core/version/last-release.ts



const DEEPEN_STEPS = [50, 200, 1000, 5000, 'unshallow'];
async function releaseTags(git, format, below) {
    return (await git.tagsMergedIntoHead())
        .map((tag) => ({ tag, version: format.version(tag) ?? '' }))
        .filter((t) => t.version && (!below || semver_default().lt(t.version, below)));
}
/**
 * CI clones are often shallow and tagless: deepen step by step, fetching tags,
 * until a release tag is reachable from HEAD or the history is complete.
 */
async function deepenUntilTagged(git, format, remote, reporter, below) {
    if (!(await git.isShallow()))
        return;
    if (!(await git.hasRemote(remote))) {
        throw new GitError(`This is a shallow clone without a "${remote}" remote, so its tags and history cannot be fetched to find the last release. Clone with full history (actions/checkout: fetch-depth: 0; GitLab: GIT_DEPTH: 0; Azure: fetchDepth: 0).`);
    }
    for (const step of DEEPEN_STEPS) {
        reporter.info(`Shallow clone: fetching tags and ${step === 'unshallow' ? 'the full history' : `${step} more commits`} from ${remote}…`);
        const result = await git.fetchDeeper(remote, step);
        if (result.code !== 0) {
            throw new GitError(`This is a shallow clone and fetching tags from "${remote}" failed: ${result.stderr.trim().replace(/\s*\n\s*/g, ' ') || `exit code ${result.code}`} Make the remote reachable with credentials, or clone with full history (actions/checkout: fetch-depth: 0; GitLab: GIT_DEPTH: 0; Azure: fetchDepth: 0).`);
        }
        if (highestStable(await releaseTags(git, format, below)))
            return;
        if (!(await git.isShallow()))
            return;
    }
}
/** The highest stable release tag reachable from HEAD, else package.json's version, else 0.0.0. */
async function findLastRelease(git, format, baseVersion, below) {
    const best = highestStable(await releaseTags(git, format, below));
    if (best)
        return { version: best.version, tag: best.tag, source: 'tag' };
    if (baseVersion && (!below || semver_default().lt(baseVersion, below)))
        return { version: baseVersion, source: 'package.json' };
    return { version: '0.0.0', source: 'default' };
}
/** Every stable release tag (reachable or not), highest first: a cheap guess at the last release. */
async function stableTags(git, format, below) {
    return (await git.allTags())
        .map((tag) => ({ tag, version: format.version(tag) ?? '' }))
        .filter((t) => t.version && semver_default().prerelease(t.version) === null && (!below || semver_default().lt(t.version, below)))
        .sort((a, b) => semver_default().rcompare(a.version, b.version));
}
/** Versions named by every tag that follows the format (prereleases included). */
async function taggedVersions(git, format) {
    return (await git.allTags()).map((t) => format.version(t)).filter((v) => Boolean(v));
}

;// CONCATENATED MODULE: ./src/core/release/plan.ts











async function resolveRef(settings, runtime, git, format) {
    const ci = detectCi(runtime.env);
    let branch = settings.ref.branch ?? ci.branch;
    let tag = settings.ref.tag ?? ci.tag;
    const prNumber = settings.ref.prNumber ?? ci.prNumber;
    const isPr = settings.ref.prNumber !== undefined || (ci.isPr && !settings.ref.branch && !settings.ref.tag);
    if (ci.name === 'local' && !settings.ref.branch && !settings.ref.tag && !isPr) {
        // Locally, a release tag on HEAD makes this a tag build, as a tag push would in CI.
        const headTags = (await git.tagsPointingAtHead()).filter((t) => format.version(t));
        tag = headTags.sort((a, b) => semver_default().rcompare(format.version(a), format.version(b)))[0];
        if (!tag)
            branch = await git.tryCurrentBranch();
    }
    if (!branch && !tag && !isPr)
        branch = await git.tryCurrentBranch();
    const defaultBranch = settings.defaultBranch ?? ci.defaultBranch ?? (await git.tryRemoteDefaultBranch(settings.remote));
    return { branch, tag, isPr, prNumber, defaultBranch, ciName: ci.name, repoUrl: ci.repoUrl };
}
async function readCommits(git, since) {
    const analyzer = new CommitAnalyzer();
    await git.eachCommit(since ? `${since}..HEAD` : 'HEAD', (c) => analyzer.add(c));
    return analyzer;
}
async function findBundleOfCommit(store, appId, versions, commit) {
    for (const version of versions) {
        const bundle = await store.getBundle(appId, version);
        if (bundle?.commit === commit)
            return bundle;
    }
    return undefined;
}
/** Computes the release plan: rule, version, what is already stored. Changes nothing. */
async function planRelease(settings, runtime) {
    const git = new Git(settings.cwd, runtime.env);
    await git.assertRepository();
    const format = new TagFormat(settings.tagFormat);
    const store = openStore(settings.store, settings.cwd);
    const ref = await resolveRef(settings, runtime, git, format);
    const [commit, fingerprint] = await Promise.all([git.head(), nativeFingerprint(settings.cwd)]);
    let tagVersion;
    if (ref.tag) {
        tagVersion = format.version(ref.tag);
        if (!tagVersion) {
            throw new ConfigurationError([`Tag "${ref.tag}" does not follow tagFormat "${settings.tagFormat}". Tag releases as ${format.tag('1.2.3')}, or set "tagFormat" in otakit.config.json.`]);
        }
    }
    let channel = settings.channel;
    let preid;
    let ruleName;
    if (channel) {
        const same = settings.rules.find((r) => r.channel === channel && !r.tag);
        preid = tagVersion ? undefined : same?.prerelease ?? channel.replace(/[^A-Za-z0-9-]/g, '-');
        ruleName = '--channel';
    }
    else {
        const match = matchRule(settings.rules, ref);
        if (match) {
            channel = match.channel;
            preid = match.preid;
            ruleName = match.description;
        }
    }
    await deepenUntilTagged(git, format, settings.remote, runtime.reporter, tagVersion);
    // Finding the reachable tag and reading the log both walk the history: guess
    // the highest stable tag and read its log meanwhile; redo it only if wrong.
    const guess = (await stableTags(git, format, tagVersion))[0];
    const [last, guessed, tagged, stored] = await Promise.all([
        findLastRelease(git, format, settings.baseVersion, tagVersion),
        readCommits(git, guess?.tag),
        taggedVersions(git, format),
        store.listBundleVersions(settings.appId)
    ]);
    const analysis = (last.tag === guess?.tag ? guessed : await readCommits(git, last.tag)).finish();
    const knownVersions = [...new Set([...tagged, ...stored])];
    const base = {
        appId: settings.appId, channel, rule: ruleName, commit, ref, last, analysis, fingerprint,
        nativeChanges: [], knownVersions, store, git, format, preid
    };
    if (!channel)
        return { ...base, action: 'skip', reason: whyNoRule(ref), bump: 'none' };
    const channelRecord = await store.getChannel(settings.appId, channel);
    const nativeChanges = channelRecord && channelRecord.nativeFingerprint.digest !== fingerprint.digest
        ? describeNativeChange(channelRecord.nativeFingerprint, fingerprint) : [];
    const planned = { ...base, channelRecord, nativeChanges };
    let version;
    let bump;
    let baseVersion;
    if (tagVersion) {
        version = tagVersion;
        baseVersion = tagVersion;
        bump = nextStable(last, analysis)?.bump ?? 'none';
    }
    else {
        const next = nextStable(last, analysis);
        if (!next && (analysis.commits === 0 || !preid)) {
            return {
                ...planned, action: 'unchanged', bump: 'none',
                reason: analysis.commits === 0
                    ? `Nothing to release: no commits since ${last.tag ?? last.version}.`
                    : `Nothing to release: the ${analysis.commits} commit(s) since ${last.tag ?? last.version} hold no feat, fix, perf or breaking change.`
            };
        }
        baseVersion = next?.version ?? semver_default().inc(last.version, 'patch');
        bump = next?.bump ?? 'prerelease';
        if (next && semver_default().lte(next.version, last.version)) {
            throw new VersionError(`Release-As ${next.version} is not above the last release ${last.version}. Use a higher version in the Release-As footer.`);
        }
        if (preid) {
            const n = nextPrereleaseNumber(baseVersion, preid, knownVersions);
            version = `${baseVersion}-${preid}.${n}`;
            if (!semver_default().valid(version))
                throw new ConfigurationError([`Prerelease id "${preid}" gives the invalid version ${version}. Use letters, digits and dashes.`]);
        }
        else {
            version = baseVersion;
        }
    }
    // The store is the source of truth: a commit already shipped is reused, never rebuilt.
    const exact = await store.getBundle(settings.appId, version);
    if (exact) {
        if (exact.commit !== commit) {
            throw new VersionError(`Version ${version} is already in the store, built from commit ${exact.commit.slice(0, 7)}, not ${commit.slice(0, 7)}. Tag a new version instead of moving an existing one.`);
        }
        return { ...planned, action: 'reuse', reason: `${version} is already stored for this commit.`, bump, base: baseVersion, version, existing: exact };
    }
    const candidates = knownVersions.filter((v) => (preid ? v.startsWith(`${baseVersion}-${preid}.`) : semver_default().valid(v) && semver_default().major(v) === semver_default().major(baseVersion) && semver_default().minor(v) === semver_default().minor(baseVersion) && semver_default().patch(v) === semver_default().patch(baseVersion)))
        .sort((semver_default()).rcompare);
    let existing = await findBundleOfCommit(store, settings.appId, candidates, commit);
    if (!existing && tagVersion) {
        const others = knownVersions.filter((v) => !candidates.includes(v)).sort((semver_default()).rcompare);
        existing = await findBundleOfCommit(store, settings.appId, others, commit);
    }
    if (existing) {
        return {
            ...planned, action: 'reuse', bump, base: baseVersion, existing,
            version: tagVersion ?? existing.version,
            reason: tagVersion
                ? `Commit ${commit.slice(0, 7)} already shipped as ${existing.version}: its bytes are promoted as ${tagVersion}.`
                : `Commit ${commit.slice(0, 7)} already shipped as ${existing.version}.`
        };
    }
    return { ...planned, action: 'build', reason: `${ruleName} → ${channel}`, bump, base: baseVersion, version };
}

;// CONCATENATED MODULE: ./src/core/build/build.ts


const TAIL_LINES = 40;
/** Runs the build command through the shell, streaming its output to the reporter. */
function runBuild(command, cwd, env, reporter) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_namespaceObject.spawn)(command, { cwd, env: env, shell: true, stdio: ['ignore', 'pipe', 'pipe'] });
        const tail = [];
        let partial = '';
        const onData = (chunk) => {
            const lines = (partial + chunk.toString('utf8')).split('\n');
            partial = lines.pop() ?? '';
            for (const line of lines) {
                reporter.info(line);
                tail.push(line);
                if (tail.length > TAIL_LINES)
                    tail.shift();
            }
        };
        child.stdout.on('data', onData);
        child.stderr.on('data', onData);
        child.on('error', (error) => reject(new BuildError(`Could not start build command "${command}": ${error.message}`)));
        child.on('close', (code, signal) => {
            if (partial) {
                reporter.info(partial);
                tail.push(partial);
            }
            if (code === 0)
                resolve();
            else {
                reject(new BuildError(`Build command "${command}" failed (${signal ? `killed by ${signal}` : `exit code ${code}`}). Fix the build, or pass --no-build if the web directory is already built. Last output:\n${tail.join('\n')}`, { output: tail.join('\n') }));
            }
        });
    });
}

;// CONCATENATED MODULE: ./node_modules/verkit/dist/comparison-CmVirWIW.js
//#region src/version/constants.ts
const SEMVER_SPEC_VERSION = "2.0.0";
const INCREMENT_TYPES = (/* unused pure expression or super */ null && ([
	"major",
	"premajor",
	"minor",
	"preminor",
	"patch",
	"prepatch",
	"prerelease",
	"release"
]));
const comparison_CmVirWIW_TRUNCATION_TYPES = (/* unused pure expression or super */ null && ([
	"major",
	"premajor",
	"minor",
	"preminor",
	"patch",
	"prepatch",
	"prerelease"
]));
//#endregion
//#region src/version/patterns.ts
const LETTER_DASH_NUMBER = "[a-zA-Z0-9-]";
const NUMERIC_IDENTIFIER = String.raw`0|[1-9]\d*`;
const NUMERIC_IDENTIFIER_LOOSE = String.raw`\d+`;
const NON_NUMERIC_IDENTIFIER = String.raw`\d*[a-zA-Z-]${LETTER_DASH_NUMBER}*`;
const MAIN_VERSION = String.raw`(${NUMERIC_IDENTIFIER})\.(${NUMERIC_IDENTIFIER})\.(${NUMERIC_IDENTIFIER})`;
const MAIN_VERSION_LOOSE = String.raw`(${NUMERIC_IDENTIFIER_LOOSE})\.(${NUMERIC_IDENTIFIER_LOOSE})\.(${NUMERIC_IDENTIFIER_LOOSE})`;
const PRERELEASE_IDENTIFIER = `(?:${NON_NUMERIC_IDENTIFIER}|${NUMERIC_IDENTIFIER})`;
const PRERELEASE_IDENTIFIER_LOOSE = `(?:${NON_NUMERIC_IDENTIFIER}|${NUMERIC_IDENTIFIER_LOOSE})`;
const PRERELEASE = String.raw`(?:-(${PRERELEASE_IDENTIFIER}(?:\.${PRERELEASE_IDENTIFIER})*))`;
const PRERELEASE_LOOSE = String.raw`(?:-?(${PRERELEASE_IDENTIFIER_LOOSE}(?:\.${PRERELEASE_IDENTIFIER_LOOSE})*))`;
const BUILD_IDENTIFIER = `${LETTER_DASH_NUMBER}+`;
const BUILD = String.raw`(?:\+(${BUILD_IDENTIFIER}(?:\.${BUILD_IDENTIFIER})*))`;
const FULL_PLAIN = `v?${MAIN_VERSION}${PRERELEASE}?${BUILD}?`;
const LOOSE_PLAIN = String.raw`[v=\s]*${MAIN_VERSION_LOOSE}${PRERELEASE_LOOSE}?${BUILD}?`;
const GREATER_LESS_THAN = "((?:<|>)?=?)";
const XRANGE_IDENTIFIER = String.raw`${NUMERIC_IDENTIFIER}|x|X|\*`;
const XRANGE_IDENTIFIER_LOOSE = String.raw`${NUMERIC_IDENTIFIER_LOOSE}|x|X|\*`;
const XRANGE_PLAIN = String.raw`[v=\s]*(${XRANGE_IDENTIFIER})(?:\.(${XRANGE_IDENTIFIER})(?:\.(${XRANGE_IDENTIFIER})(?:${PRERELEASE})?${BUILD}?)?)?`;
const XRANGE_PLAIN_LOOSE = String.raw`[v=\s]*(${XRANGE_IDENTIFIER_LOOSE})(?:\.(${XRANGE_IDENTIFIER_LOOSE})(?:\.(${XRANGE_IDENTIFIER_LOOSE})(?:${PRERELEASE_LOOSE})?${BUILD}?)?)?`;
const LONE_TILDE = "(?:~>?)";
const LONE_CARET = (/* unused pure expression or super */ null && (String.raw`(?:\^)`));
const COERCE_PLAIN = String.raw`(^|[^\d])(\d{1,${16}})(?:\.(\d{1,${16}}))?(?:\.(\d{1,${16}}))?`;
const comparison_CmVirWIW_COERCE = String.raw`${COERCE_PLAIN}(?:$|[^\d])`;
const comparison_CmVirWIW_COERCE_FULL = String.raw`${COERCE_PLAIN}(?:${PRERELEASE})?(?:${BUILD})?(?:$|[^\d])`;
function makeSafeRegexSource(source) {
	const replacements = [
		[String.raw`\s`, 1],
		[String.raw`\d`, 256],
		[LETTER_DASH_NUMBER, 250]
	];
	for (const [token, maximum] of replacements) source = source.split(`${token}*`).join(`${token}{0,${maximum}}`).split(`${token}+`).join(`${token}{1,${maximum}}`);
	return source;
}
function comparison_CmVirWIW_safeRegex(source, flags) {
	return new RegExp(makeSafeRegexSource(source), flags);
}
//#endregion
//#region src/version/parse.ts
const FULL = comparison_CmVirWIW_safeRegex(`^${FULL_PLAIN}$`);
const LOOSE = comparison_CmVirWIW_safeRegex(`^${LOOSE_PLAIN}$`);
const NUMERIC$1 = /^\d+$/;
function comparison_CmVirWIW_formatComparableVersion(version) {
	const base = `${version.major}.${version.minor}.${version.patch}`;
	return version.prerelease?.length ? `${base}-${version.prerelease.join(".")}` : base;
}
function comparison_CmVirWIW_formatFullVersion(version) {
	const comparable = comparison_CmVirWIW_formatComparableVersion(version);
	return version.build?.length ? `${comparable}+${version.build.join(".")}` : comparable;
}
function comparison_CmVirWIW_parse(version, options = {}) {
	if (typeof version !== "string") return version;
	if (version.length > 256) throw new TypeError(`Version exceeds the maximum length of 256 characters`);
	const match = version.trim().match(options.loose ? LOOSE : FULL);
	if (!match) throw new TypeError(`Invalid version syntax: ${version}`);
	const major = Number(match[1]);
	const minor = Number(match[2]);
	const patch = Number(match[3]);
	if (major > Number.MAX_SAFE_INTEGER || major < 0) throw new TypeError(`Invalid major version: ${match[1]}`);
	if (minor > Number.MAX_SAFE_INTEGER || minor < 0) throw new TypeError(`Invalid minor version: ${match[2]}`);
	if (patch > Number.MAX_SAFE_INTEGER || patch < 0) throw new TypeError(`Invalid patch version: ${match[3]}`);
	const prerelease = match[4] ? match[4].split(".").map((identifier) => {
		if (NUMERIC$1.test(identifier)) {
			const numeric = Number(identifier);
			if (numeric >= 0 && numeric < Number.MAX_SAFE_INTEGER) return numeric;
		}
		return identifier;
	}) : void 0;
	return {
		build: match[5]?.split("."),
		major,
		minor,
		patch,
		prerelease
	};
}
function comparison_CmVirWIW_tryParse(version, options = {}) {
	try {
		return comparison_CmVirWIW_parse(version, options);
	} catch {
		return null;
	}
}
//#endregion
//#region src/version/identifiers.ts
const NUMERIC = /^\d+$/;
function comparison_CmVirWIW_compareIdentifiers(left, right) {
	if (typeof left === "number" && typeof right === "number") return left === right ? 0 : left < right ? -1 : 1;
	const leftNumeric = NUMERIC.test(String(left));
	const rightNumeric = NUMERIC.test(String(right));
	const normalizedLeft = leftNumeric ? Number(left) : left;
	const normalizedRight = rightNumeric ? Number(right) : right;
	return normalizedLeft === normalizedRight ? 0 : leftNumeric && !rightNumeric ? -1 : rightNumeric && !leftNumeric ? 1 : normalizedLeft < normalizedRight ? -1 : 1;
}
function compareIdentifiersReversed(left, right) {
	return comparison_CmVirWIW_compareIdentifiers(right, left);
}
//#endregion
//#region src/version/comparison.ts
function comparison_CmVirWIW_compareMainParsed(left, right) {
	return left.major === right.major ? left.minor === right.minor ? left.patch === right.patch ? 0 : left.patch < right.patch ? -1 : 1 : left.minor < right.minor ? -1 : 1 : left.major < right.major ? -1 : 1;
}
function comparePrereleaseParsed(left, right) {
	const leftPrerelease = left.prerelease;
	const rightPrerelease = right.prerelease;
	if (leftPrerelease?.length && !rightPrerelease?.length) return -1;
	if (!leftPrerelease?.length && rightPrerelease?.length) return 1;
	if (!leftPrerelease?.length && !rightPrerelease?.length) return 0;
	for (let index = 0;; index++) {
		const leftIdentifier = leftPrerelease?.[index];
		const rightIdentifier = rightPrerelease?.[index];
		if (leftIdentifier === void 0 && rightIdentifier === void 0) return 0;
		if (rightIdentifier === void 0) return 1;
		if (leftIdentifier === void 0) return -1;
		if (leftIdentifier !== rightIdentifier) return comparison_CmVirWIW_compareIdentifiers(leftIdentifier, rightIdentifier);
	}
}
function comparison_CmVirWIW_compareParsed(left, right) {
	return comparison_CmVirWIW_compareMainParsed(left, right) || comparePrereleaseParsed(left, right);
}
function compareBuildParsed(left, right) {
	const precedence = comparison_CmVirWIW_compareParsed(left, right);
	if (precedence !== 0) return precedence;
	for (let index = 0;; index++) {
		const leftIdentifier = left.build?.[index];
		const rightIdentifier = right.build?.[index];
		if (leftIdentifier === void 0 && rightIdentifier === void 0) return 0;
		if (rightIdentifier === void 0) return 1;
		if (leftIdentifier === void 0) return -1;
		if (leftIdentifier !== rightIdentifier) return comparison_CmVirWIW_compareIdentifiers(leftIdentifier, rightIdentifier);
	}
}
function compare(left, right, options = {}) {
	return comparison_CmVirWIW_compareParsed(comparison_CmVirWIW_parse(left, options), comparison_CmVirWIW_parse(right, options));
}
function compareReversed(left, right, options = {}) {
	return compare(right, left, options);
}
function compareMain(left, right, options = {}) {
	return comparison_CmVirWIW_compareMainParsed(comparison_CmVirWIW_parse(left, options), comparison_CmVirWIW_parse(right, options));
}
function comparePrerelease(left, right, options = {}) {
	return comparePrereleaseParsed(comparison_CmVirWIW_parse(left, options), comparison_CmVirWIW_parse(right, options));
}
function compareBuild(left, right, options = {}) {
	return compareBuildParsed(comparison_CmVirWIW_parse(left, options), comparison_CmVirWIW_parse(right, options));
}
function compareWithOperator(left, operator, right, options = {}) {
	if (operator === "===") return left === right;
	if (operator === "!==") return left !== right;
	const comparison = compare(left, right, options);
	switch (operator) {
		case "":
		case "=":
		case "==": return comparison === 0;
		case "!=": return comparison !== 0;
		case ">": return comparison > 0;
		case ">=": return comparison >= 0;
		case "<": return comparison < 0;
		case "<=": return comparison <= 0;
		default: throw new TypeError(`Invalid operator: ${operator}`);
	}
}
function isEqual(left, right, options = {}) {
	return compare(left, right, options) === 0;
}
function isNotEqual(left, right, options = {}) {
	return compare(left, right, options) !== 0;
}
function isGreaterThan(left, right, options = {}) {
	return compare(left, right, options) > 0;
}
function isGreaterThanOrEqual(left, right, options = {}) {
	return compare(left, right, options) >= 0;
}
function isLessThan(left, right, options = {}) {
	return compare(left, right, options) < 0;
}
function isLessThanOrEqual(left, right, options = {}) {
	return compare(left, right, options) <= 0;
}
function sort(versions, options = {}) {
	return [...versions].sort((left, right) => compareBuild(left, right, options));
}
function sortReversed(versions, options = {}) {
	return [...versions].sort((left, right) => compareBuild(right, left, options));
}
//#endregion


;// CONCATENATED MODULE: ./node_modules/verkit/dist/version-Co1j9Tpq.js

//#region src/version/operations.ts
const COERCE_EXACT = comparison_CmVirWIW_safeRegex(comparison_CmVirWIW_COERCE);
const COERCE_FULL_EXACT = comparison_CmVirWIW_safeRegex(comparison_CmVirWIW_COERCE_FULL);
const PRERELEASE_EXACT = comparison_CmVirWIW_safeRegex(`^${PRERELEASE}$`);
const PRERELEASE_LOOSE_EXACT = comparison_CmVirWIW_safeRegex(`^${PRERELEASE_LOOSE}$`);
function isValid(version, options = {}) {
	return comparison_CmVirWIW_tryParse(version, options) !== null;
}
function isPrerelease(version, options = {}) {
	const parsed = tryParse(version, options);
	if (!parsed) return null;
	return !!parsed.prerelease?.length;
}
function isStable(version, options = {}) {
	const parsed = tryParse(version, options);
	if (!parsed) return null;
	return !parsed.prerelease?.length;
}
function normalizeFull(version, options = {}) {
	const parsed = tryParse(version, options);
	return parsed ? formatFullVersion(parsed) : null;
}
function normalize(version, options = {}) {
	const parsed = tryParse(version, options);
	return parsed ? formatComparableVersion(parsed) : null;
}
function clean(version, options = {}) {
	if (typeof version !== "string") return normalize(version, options);
	return normalize(version.trim().replace(/^[=v]+/, ""), options);
}
function coerce(value, options = {}) {
	if (typeof value === "object") return value;
	const input = typeof value === "number" ? String(value) : value;
	let match = null;
	if (options.rtl) {
		const source = options.includePrerelease ? COERCE_FULL : COERCE;
		const expression = safeRegex(source, "g");
		let next;
		while ((next = expression.exec(input)) && (!match || match.index + match[0].length !== input.length)) {
			if (!match || next.index + next[0].length !== match.index + match[0].length) match = next;
			expression.lastIndex = next.index + next[1].length + next[2].length;
		}
	} else match = (options.includePrerelease ? COERCE_FULL_EXACT : COERCE_EXACT).exec(input);
	if (!match) return null;
	const major = match[2];
	const minor = match[3] || "0";
	const patch = match[4] || "0";
	const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : "";
	const build = options.includePrerelease && match[6] ? `+${match[6]}` : "";
	return tryParse(`${major}.${minor}.${patch}${prerelease}${build}`, options);
}
function isPrereleasePrefix(prerelease, identifier) {
	const identifiers = identifier.split(".");
	return identifiers.length <= prerelease.length && identifiers.every((part, index) => compareIdentifiers(prerelease[index], part) === 0);
}
function incrementPrerelease(version, identifier, identifierBase) {
	const base = Number(identifierBase) ? 1 : 0;
	let prerelease = version.prerelease;
	if (prerelease?.length) {
		let foundNumeric = false;
		for (let index = prerelease.length - 1; index >= 0; index--) if (typeof prerelease[index] === "number") {
			prerelease[index] = Number(prerelease[index]) + 1;
			foundNumeric = true;
			break;
		}
		if (!foundNumeric) {
			if (identifier === prerelease.join(".") && identifierBase === false) throw new Error("invalid increment argument: identifier already exists");
			prerelease.push(base);
		}
	} else {
		prerelease = [base];
		version.prerelease = prerelease;
	}
	if (!identifier) return;
	const reset = identifierBase === false ? [identifier] : [identifier, base];
	if (isPrereleasePrefix(prerelease, identifier)) {
		const next = prerelease[identifier.split(".").length];
		if (Number.isNaN(Number(next))) version.prerelease = reset;
	} else version.prerelease = reset;
}
function incrementMutable(version, release, identifier, identifierBase) {
	switch (release) {
		case "premajor":
			version.prerelease = void 0;
			version.patch = 0;
			version.minor = 0;
			version.major++;
			incrementPrerelease(version, identifier, identifierBase);
			break;
		case "preminor":
			version.prerelease = void 0;
			version.patch = 0;
			version.minor++;
			incrementPrerelease(version, identifier, identifierBase);
			break;
		case "prepatch":
			version.prerelease = void 0;
			incrementMutable(version, "patch", identifier, identifierBase);
			incrementPrerelease(version, identifier, identifierBase);
			break;
		case "prerelease":
			if (!version.prerelease?.length) incrementMutable(version, "patch", identifier, identifierBase);
			incrementPrerelease(version, identifier, identifierBase);
			break;
		case "release":
			if (!version.prerelease?.length) throw new Error(`version ${formatFullVersion(version)} is not a prerelease`);
			version.prerelease = void 0;
			break;
		case "major":
			if (version.minor !== 0 || version.patch !== 0 || !version.prerelease?.length) version.major++;
			version.minor = 0;
			version.patch = 0;
			version.prerelease = void 0;
			break;
		case "minor":
			if (version.patch !== 0 || !version.prerelease?.length) version.minor++;
			version.patch = 0;
			version.prerelease = void 0;
			break;
		case "patch":
			if (!version.prerelease?.length) version.patch++;
			version.prerelease = void 0;
			break;
		/* v8 ignore next */
		case "pre":
			incrementPrerelease(version, identifier, identifierBase);
			break;
		default: throw new Error(`invalid increment argument: ${release}`);
	}
}
function incrementParsedVersion(parsed, release, identifier, identifierBase, loose = false) {
	if (release.startsWith("pre")) {
		if (!identifier && identifierBase === false) throw new Error("invalid increment argument: identifier is empty");
		if (identifier) {
			const expression = loose ? PRERELEASE_LOOSE_EXACT : PRERELEASE_EXACT;
			const match = `-${identifier}`.match(expression);
			if (!match || match[1] !== identifier) throw new Error(`invalid identifier: ${identifier}`);
		}
	}
	const mutable = {
		build: parsed.build ? [...parsed.build] : void 0,
		major: parsed.major,
		minor: parsed.minor,
		patch: parsed.patch,
		prerelease: parsed.prerelease ? [...parsed.prerelease] : void 0
	};
	incrementMutable(mutable, release, identifier, identifierBase);
	return formatComparableVersion(mutable);
}
function increment(version, release, options = {}) {
	try {
		return incrementParsedVersion(parse(version, options), release, options.identifier, options.identifierBase, options.loose);
	} catch {
		return null;
	}
}
function truncate(version, truncation, options = {}) {
	if (!TRUNCATION_TYPES.includes(truncation)) return null;
	const parsed = tryParse(version, options);
	if (!parsed) return null;
	if (truncation.startsWith("pre")) return formatComparableVersion(parsed);
	return formatComparableVersion({
		major: parsed.major,
		minor: truncation === "major" ? 0 : parsed.minor,
		patch: truncation === "major" || truncation === "minor" ? 0 : parsed.patch
	});
}
function difference(left, right) {
	const leftVersion = parse(left);
	const rightVersion = parse(right);
	const comparison = compareParsed(leftVersion, rightVersion);
	if (comparison === 0) return null;
	const high = comparison > 0 ? leftVersion : rightVersion;
	const low = comparison > 0 ? rightVersion : leftVersion;
	const highHasPrerelease = high.prerelease?.length;
	if (low.prerelease?.length && !highHasPrerelease) {
		if (low.patch === 0 && low.minor === 0) return "major";
		if (compareMainParsed(low, high) === 0) return low.minor !== 0 && low.patch === 0 ? "minor" : "patch";
	}
	const prefix = highHasPrerelease ? "pre" : "";
	if (leftVersion.major !== rightVersion.major) return `${prefix}major`;
	if (leftVersion.minor !== rightVersion.minor) return `${prefix}minor`;
	if (leftVersion.patch !== rightVersion.patch) return `${prefix}patch`;
	return "prerelease";
}
function getMajor(version, options = {}) {
	return parse(version, options).major;
}
function getMinor(version, options = {}) {
	return parse(version, options).minor;
}
function getPatch(version, options = {}) {
	return comparison_CmVirWIW_parse(version, options).patch;
}
function getPrerelease(version, options = {}) {
	const parsed = tryParse(version, options);
	return parsed ? [...parsed.prerelease || []] : null;
}
function getBuild(version, options = {}) {
	const parsed = tryParse(version, options);
	return parsed ? [...parsed.build || []] : null;
}
//#endregion


;// CONCATENATED MODULE: ./node_modules/conventional-commits-filter/dist/utils.js
/**
 * Match commit with revert data
 * @param object - Commit object
 * @param source - Revert data
 * @returns `true` if commit matches revert data, otherwise `false`
 */
function isMatch(object, source) {
    let aValue;
    let bValue;
    for (const key in source) {
        aValue = object[key];
        bValue = source[key];
        if (typeof aValue === 'string') {
            aValue = aValue.trim();
        }
        if (typeof bValue === 'string') {
            bValue = bValue.trim();
        }
        if (aValue !== bValue) {
            return false;
        }
    }
    return true;
}
/**
 * Find revert commit in set
 * @param commit
 * @param reverts
 * @returns Revert commit if found, otherwise `null`
 */
function findRevertCommit(commit, reverts) {
    if (!reverts.size) {
        return null;
    }
    const rawCommit = commit.raw || commit;
    for (const revertCommit of reverts) {
        if (revertCommit.revert && isMatch(rawCommit, revertCommit.revert)) {
            return revertCommit;
        }
    }
    return null;
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoidXRpbHMuanMiLCJzb3VyY2VSb290IjoiIiwic291cmNlcyI6WyIuLi9zcmMvdXRpbHMudHMiXSwibmFtZXMiOltdLCJtYXBwaW5ncyI6IkFBS0E7Ozs7O0dBS0c7QUFDSCxNQUFNLFVBQVUsT0FBTyxDQUNyQixNQUFpQixFQUNqQixNQUFpQjtJQUVqQixJQUFJLE1BQWUsQ0FBQTtJQUNuQixJQUFJLE1BQWUsQ0FBQTtJQUVuQixLQUFLLE1BQU0sR0FBRyxJQUFJLE1BQU0sRUFBRSxDQUFDO1FBQ3pCLE1BQU0sR0FBRyxNQUFNLENBQUMsR0FBRyxDQUFDLENBQUE7UUFDcEIsTUFBTSxHQUFHLE1BQU0sQ0FBQyxHQUFHLENBQUMsQ0FBQTtRQUVwQixJQUFJLE9BQU8sTUFBTSxLQUFLLFFBQVEsRUFBRSxDQUFDO1lBQy9CLE1BQU0sR0FBRyxNQUFNLENBQUMsSUFBSSxFQUFFLENBQUE7UUFDeEIsQ0FBQztRQUVELElBQUksT0FBTyxNQUFNLEtBQUssUUFBUSxFQUFFLENBQUM7WUFDL0IsTUFBTSxHQUFHLE1BQU0sQ0FBQyxJQUFJLEVBQUUsQ0FBQTtRQUN4QixDQUFDO1FBRUQsSUFBSSxNQUFNLEtBQUssTUFBTSxFQUFFLENBQUM7WUFDdEIsT0FBTyxLQUFLLENBQUE7UUFDZCxDQUFDO0lBQ0gsQ0FBQztJQUVELE9BQU8sSUFBSSxDQUFBO0FBQ2IsQ0FBQztBQUVEOzs7OztHQUtHO0FBQ0gsTUFBTSxVQUFVLGdCQUFnQixDQUFtQixNQUFTLEVBQUUsT0FBZTtJQUMzRSxJQUFJLENBQUMsT0FBTyxDQUFDLElBQUksRUFBRSxDQUFDO1FBQ2xCLE9BQU8sSUFBSSxDQUFBO0lBQ2IsQ0FBQztJQUVELE1BQU0sU0FBUyxHQUFHLE1BQU0sQ0FBQyxHQUFHLElBQUksTUFBTSxDQUFBO0lBRXRDLEtBQUssTUFBTSxZQUFZLElBQUksT0FBTyxFQUFFLENBQUM7UUFDbkMsSUFBSSxZQUFZLENBQUMsTUFBTSxJQUFJLE9BQU8sQ0FBQyxTQUFTLEVBQUUsWUFBWSxDQUFDLE1BQU0sQ0FBQyxFQUFFLENBQUM7WUFDbkUsT0FBTyxZQUFZLENBQUE7UUFDckIsQ0FBQztJQUNILENBQUM7SUFFRCxPQUFPLElBQUksQ0FBQTtBQUNiLENBQUMifQ==
;// CONCATENATED MODULE: ./node_modules/conventional-commits-filter/dist/RevertedCommitsFilter.js

class RevertedCommitsFilter_RevertedCommitsFilter {
    hold = new Set();
    holdRevertsCount = 0;
    /**
     * Process commit to filter reverted commits
     * @param commit
     * @yields Commit
     */
    *process(commit) {
        const { hold } = this;
        const revertCommit = findRevertCommit(commit, hold);
        if (revertCommit) {
            hold.delete(revertCommit);
            this.holdRevertsCount--;
            return;
        }
        if (commit.revert) {
            hold.add(commit);
            this.holdRevertsCount++;
            return;
        }
        if (this.holdRevertsCount > 0) {
            hold.add(commit);
        }
        else {
            if (hold.size) {
                yield* hold;
                hold.clear();
            }
            yield commit;
        }
    }
    /**
     * Flush all held commits
     * @yields Held commits
     */
    *flush() {
        const { hold } = this;
        if (hold.size) {
            yield* hold;
            hold.clear();
        }
    }
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoiUmV2ZXJ0ZWRDb21taXRzRmlsdGVyLmpzIiwic291cmNlUm9vdCI6IiIsInNvdXJjZXMiOlsiLi4vc3JjL1JldmVydGVkQ29tbWl0c0ZpbHRlci50cyJdLCJuYW1lcyI6W10sIm1hcHBpbmdzIjoiQUFDQSxPQUFPLEVBQUUsZ0JBQWdCLEVBQUUsTUFBTSxZQUFZLENBQUE7QUFFN0MsTUFBTSxPQUFPLHFCQUFxQjtJQUNmLElBQUksR0FBRyxJQUFJLEdBQUcsRUFBSyxDQUFBO0lBQzVCLGdCQUFnQixHQUFHLENBQUMsQ0FBQztJQUU3Qjs7OztPQUlHO0lBQ0gsQ0FBRSxPQUFPLENBQUMsTUFBUztRQUNqQixNQUFNLEVBQUUsSUFBSSxFQUFFLEdBQUcsSUFBSSxDQUFBO1FBQ3JCLE1BQU0sWUFBWSxHQUFHLGdCQUFnQixDQUFDLE1BQU0sRUFBRSxJQUFJLENBQUMsQ0FBQTtRQUVuRCxJQUFJLFlBQVksRUFBRSxDQUFDO1lBQ2pCLElBQUksQ0FBQyxNQUFNLENBQUMsWUFBWSxDQUFDLENBQUE7WUFDekIsSUFBSSxDQUFDLGdCQUFnQixFQUFFLENBQUE7WUFDdkIsT0FBTTtRQUNSLENBQUM7UUFFRCxJQUFJLE1BQU0sQ0FBQyxNQUFNLEVBQUUsQ0FBQztZQUNsQixJQUFJLENBQUMsR0FBRyxDQUFDLE1BQU0sQ0FBQyxDQUFBO1lBQ2hCLElBQUksQ0FBQyxnQkFBZ0IsRUFBRSxDQUFBO1lBQ3ZCLE9BQU07UUFDUixDQUFDO1FBRUQsSUFBSSxJQUFJLENBQUMsZ0JBQWdCLEdBQUcsQ0FBQyxFQUFFLENBQUM7WUFDOUIsSUFBSSxDQUFDLEdBQUcsQ0FBQyxNQUFNLENBQUMsQ0FBQTtRQUNsQixDQUFDO2FBQU0sQ0FBQztZQUNOLElBQUksSUFBSSxDQUFDLElBQUksRUFBRSxDQUFDO2dCQUNkLEtBQUssQ0FBQyxDQUFDLElBQUksQ0FBQTtnQkFDWCxJQUFJLENBQUMsS0FBSyxFQUFFLENBQUE7WUFDZCxDQUFDO1lBRUQsTUFBTSxNQUFNLENBQUE7UUFDZCxDQUFDO0lBQ0gsQ0FBQztJQUVEOzs7T0FHRztJQUNILENBQUUsS0FBSztRQUNMLE1BQU0sRUFBRSxJQUFJLEVBQUUsR0FBRyxJQUFJLENBQUE7UUFFckIsSUFBSSxJQUFJLENBQUMsSUFBSSxFQUFFLENBQUM7WUFDZCxLQUFLLENBQUMsQ0FBQyxJQUFJLENBQUE7WUFDWCxJQUFJLENBQUMsS0FBSyxFQUFFLENBQUE7UUFDZCxDQUFDO0lBQ0gsQ0FBQztDQUNGIn0=
;// CONCATENATED MODULE: ./node_modules/conventional-commits-filter/dist/filters.js


/**
 * Filter reverted commits.
 * @param commits
 * @yields Commits without reverted commits.
 */
async function* filterRevertedCommits(commits) {
    const filter = new RevertedCommitsFilter();
    for await (const commit of commits) {
        yield* filter.process(commit);
    }
    yield* filter.flush();
}
/**
 * Filter reverted commits synchronously.
 * @param commits
 * @yields Commits without reverted commits.
 */
function* filterRevertedCommitsSync(commits) {
    const filter = new RevertedCommitsFilter_RevertedCommitsFilter();
    for (const commit of commits) {
        yield* filter.process(commit);
    }
    yield* filter.flush();
}
/**
 * Filter reverted commits stream.
 * @returns Reverted commits filter stream.
 */
function filterRevertedCommitsStream() {
    return Transform.from(filterRevertedCommits);
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoiZmlsdGVycy5qcyIsInNvdXJjZVJvb3QiOiIiLCJzb3VyY2VzIjpbIi4uL3NyYy9maWx0ZXJzLnRzIl0sIm5hbWVzIjpbXSwibWFwcGluZ3MiOiJBQUFBLE9BQU8sRUFBRSxTQUFTLEVBQUUsTUFBTSxRQUFRLENBQUE7QUFFbEMsT0FBTyxFQUFFLHFCQUFxQixFQUFFLE1BQU0sNEJBQTRCLENBQUE7QUFFbEU7Ozs7R0FJRztBQUNILE1BQU0sQ0FBQyxLQUFLLFNBQVMsQ0FBQyxDQUFDLHFCQUFxQixDQUcxQyxPQUF1QztJQUV2QyxNQUFNLE1BQU0sR0FBRyxJQUFJLHFCQUFxQixFQUFLLENBQUE7SUFFN0MsSUFBSSxLQUFLLEVBQUUsTUFBTSxNQUFNLElBQUksT0FBTyxFQUFFLENBQUM7UUFDbkMsS0FBSyxDQUFDLENBQUMsTUFBTSxDQUFDLE9BQU8sQ0FBQyxNQUFNLENBQUMsQ0FBQTtJQUMvQixDQUFDO0lBRUQsS0FBSyxDQUFDLENBQUMsTUFBTSxDQUFDLEtBQUssRUFBRSxDQUFBO0FBQ3ZCLENBQUM7QUFFRDs7OztHQUlHO0FBQ0gsTUFBTSxTQUFTLENBQUMsQ0FBQyx5QkFBeUIsQ0FHeEMsT0FBb0I7SUFFcEIsTUFBTSxNQUFNLEdBQUcsSUFBSSxxQkFBcUIsRUFBSyxDQUFBO0lBRTdDLEtBQUssTUFBTSxNQUFNLElBQUksT0FBTyxFQUFFLENBQUM7UUFDN0IsS0FBSyxDQUFDLENBQUMsTUFBTSxDQUFDLE9BQU8sQ0FBQyxNQUFNLENBQUMsQ0FBQTtJQUMvQixDQUFDO0lBRUQsS0FBSyxDQUFDLENBQUMsTUFBTSxDQUFDLEtBQUssRUFBRSxDQUFBO0FBQ3ZCLENBQUM7QUFFRDs7O0dBR0c7QUFDSCxNQUFNLFVBQVUsMkJBQTJCO0lBQ3pDLE9BQU8sU0FBUyxDQUFDLElBQUksQ0FBQyxxQkFBcUIsQ0FBQyxDQUFBO0FBQzlDLENBQUMifQ==
;// CONCATENATED MODULE: ./node_modules/conventional-commits-filter/dist/index.js


//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoiaW5kZXguanMiLCJzb3VyY2VSb290IjoiIiwic291cmNlcyI6WyIuLi9zcmMvaW5kZXgudHMiXSwibmFtZXMiOltdLCJtYXBwaW5ncyI6IkFBQ0EsY0FBYyw0QkFBNEIsQ0FBQTtBQUMxQyxjQUFjLGNBQWMsQ0FBQSJ9
;// CONCATENATED MODULE: ./node_modules/conventional-changelog-writer/dist/utils.js
const DATETIME_LENGTH = 10;
/**
 * Formats date to yyyy-mm-dd format.
 * @param date - Date string or Date object.
 * @returns Date string in yyyy-mm-dd format.
 */
function formatDate(date) {
    return new Date(date).toISOString().slice(0, DATETIME_LENGTH);
}
/**
 * Safe JSON.stringify with circular reference support.
 * @param obj
 * @returns Stringified object with circular references.
 */
function stringify(obj) {
    const stack = [];
    const keys = [];
    let thisPos;
    const cycleReplacer = (value) => {
        if (stack[0] === value) {
            return '[Circular ~]';
        }
        return `[Circular ~.${keys.slice(0, stack.indexOf(value)).join('.')}]`;
    };
    function serializer(key, value) {
        let resultValue = value;
        if (stack.length > 0) {
            thisPos = stack.indexOf(this);
            if (thisPos !== -1) {
                stack.splice(thisPos + 1);
                keys.splice(thisPos, Infinity, key);
            }
            else {
                stack.push(this);
                keys.push(key);
            }
            if (stack.includes(resultValue)) {
                resultValue = cycleReplacer(resultValue);
            }
        }
        else {
            stack.push(resultValue);
        }
        return resultValue;
    }
    return JSON.stringify(obj, serializer, '  ');
}
/**
 * Creates a compare function for sorting from object keys.
 * @param strings - String or array of strings of object keys to compare.
 * @returns Compare function.
 */
function createComparator(strings) {
    if (typeof strings === 'string') {
        return (a, b) => (a[strings] || '').localeCompare(b[strings] || '');
    }
    if (Array.isArray(strings)) {
        return (a, b) => {
            let strA = '';
            let strB = '';
            for (const key of strings) {
                strA += a[key] || '';
                strB += b[key] || '';
            }
            return strA.localeCompare(strB);
        };
    }
    return strings;
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoidXRpbHMuanMiLCJzb3VyY2VSb290IjoiIiwic291cmNlcyI6WyIuLi9zcmMvdXRpbHMudHMiXSwibmFtZXMiOltdLCJtYXBwaW5ncyI6IkFBS0EsTUFBTSxlQUFlLEdBQUcsRUFBRSxDQUFBO0FBRTFCOzs7O0dBSUc7QUFDSCxNQUFNLFVBQVUsVUFBVSxDQUN4QixJQUFtQjtJQUVuQixPQUFPLElBQUksSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDLFdBQVcsRUFBRSxDQUFDLEtBQUssQ0FBQyxDQUFDLEVBQUUsZUFBZSxDQUFDLENBQUE7QUFDL0QsQ0FBQztBQUVEOzs7O0dBSUc7QUFDSCxNQUFNLFVBQVUsU0FBUyxDQUFDLEdBQVk7SUFDcEMsTUFBTSxLQUFLLEdBQWMsRUFBRSxDQUFBO0lBQzNCLE1BQU0sSUFBSSxHQUFhLEVBQUUsQ0FBQTtJQUN6QixJQUFJLE9BQWUsQ0FBQTtJQUNuQixNQUFNLGFBQWEsR0FBRyxDQUFDLEtBQWMsRUFBRSxFQUFFO1FBQ3ZDLElBQUksS0FBSyxDQUFDLENBQUMsQ0FBQyxLQUFLLEtBQUssRUFBRSxDQUFDO1lBQ3ZCLE9BQU8sY0FBYyxDQUFBO1FBQ3ZCLENBQUM7UUFFRCxPQUFPLGVBQWUsSUFBSSxDQUFDLEtBQUssQ0FBQyxDQUFDLEVBQUUsS0FBSyxDQUFDLE9BQU8sQ0FBQyxLQUFLLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxHQUFHLENBQUMsR0FBRyxDQUFBO0lBQ3hFLENBQUMsQ0FBQTtJQUVELFNBQVMsVUFBVSxDQUFnQixHQUFXLEVBQUUsS0FBYztRQUM1RCxJQUFJLFdBQVcsR0FBRyxLQUFLLENBQUE7UUFFdkIsSUFBSSxLQUFLLENBQUMsTUFBTSxHQUFHLENBQUMsRUFBRSxDQUFDO1lBQ3JCLE9BQU8sR0FBRyxLQUFLLENBQUMsT0FBTyxDQUFDLElBQUksQ0FBQyxDQUFBO1lBRTdCLElBQUksT0FBTyxLQUFLLENBQUMsQ0FBQyxFQUFFLENBQUM7Z0JBQ25CLEtBQUssQ0FBQyxNQUFNLENBQUMsT0FBTyxHQUFHLENBQUMsQ0FBQyxDQUFBO2dCQUN6QixJQUFJLENBQUMsTUFBTSxDQUFDLE9BQU8sRUFBRSxRQUFRLEVBQUUsR0FBRyxDQUFDLENBQUE7WUFDckMsQ0FBQztpQkFBTSxDQUFDO2dCQUNOLEtBQUssQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLENBQUE7Z0JBQ2hCLElBQUksQ0FBQyxJQUFJLENBQUMsR0FBRyxDQUFDLENBQUE7WUFDaEIsQ0FBQztZQUVELElBQUksS0FBSyxDQUFDLFFBQVEsQ0FBQyxXQUFXLENBQUMsRUFBRSxDQUFDO2dCQUNoQyxXQUFXLEdBQUcsYUFBYSxDQUFDLFdBQVcsQ0FBQyxDQUFBO1lBQzFDLENBQUM7UUFDSCxDQUFDO2FBQU0sQ0FBQztZQUNOLEtBQUssQ0FBQyxJQUFJLENBQUMsV0FBVyxDQUFDLENBQUE7UUFDekIsQ0FBQztRQUVELE9BQU8sV0FBVyxDQUFBO0lBQ3BCLENBQUM7SUFFRCxPQUFPLElBQUksQ0FBQyxTQUFTLENBQUMsR0FBRyxFQUFFLFVBQVUsRUFBRSxJQUFJLENBQUMsQ0FBQTtBQUM5QyxDQUFDO0FBRUQ7Ozs7R0FJRztBQUNILE1BQU0sVUFBVSxnQkFBZ0IsQ0FHOUIsT0FBNEM7SUFDNUMsSUFBSSxPQUFPLE9BQU8sS0FBSyxRQUFRLEVBQUUsQ0FBQztRQUNoQyxPQUFPLENBQUMsQ0FBSSxFQUFFLENBQUksRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLENBQUMsT0FBTyxDQUFDLElBQUksRUFBRSxDQUFDLENBQUMsYUFBYSxDQUFDLENBQUMsQ0FBQyxPQUFPLENBQUMsSUFBSSxFQUFFLENBQUMsQ0FBQTtJQUMzRSxDQUFDO0lBRUQsSUFBSSxLQUFLLENBQUMsT0FBTyxDQUFDLE9BQU8sQ0FBQyxFQUFFLENBQUM7UUFDM0IsT0FBTyxDQUFDLENBQUksRUFBRSxDQUFJLEVBQUUsRUFBRTtZQUNwQixJQUFJLElBQUksR0FBRyxFQUFFLENBQUE7WUFDYixJQUFJLElBQUksR0FBRyxFQUFFLENBQUE7WUFFYixLQUFLLE1BQU0sR0FBRyxJQUFJLE9BQU8sRUFBRSxDQUFDO2dCQUMxQixJQUFJLElBQUksQ0FBQyxDQUFDLEdBQUcsQ0FBQyxJQUFJLEVBQUUsQ0FBQTtnQkFDcEIsSUFBSSxJQUFJLENBQUMsQ0FBQyxHQUFHLENBQUMsSUFBSSxFQUFFLENBQUE7WUFDdEIsQ0FBQztZQUVELE9BQU8sSUFBSSxDQUFDLGFBQWEsQ0FBQyxJQUFJLENBQUMsQ0FBQTtRQUNqQyxDQUFDLENBQUE7SUFDSCxDQUFDO0lBRUQsT0FBTyxPQUFPLENBQUE7QUFDaEIsQ0FBQyJ9
;// CONCATENATED MODULE: ./node_modules/conventional-changelog-writer/dist/context.js



function getCommitGroups(commits, options) {
    const { groupBy, commitGroupsSort, commitsSort } = options;
    const commitGroups = [];
    const commitGroupsObj = commits.reduce((groups, commit) => {
        const key = commit[groupBy] || '';
        if (groups[key]) {
            groups[key].push(commit);
        }
        else {
            groups[key] = [commit];
        }
        return groups;
        // oxlint-disable-next-line typescript/no-unsafe-argument
    }, Object.create(null));
    Object.entries(commitGroupsObj).forEach(([title, commits]) => {
        if (commitsSort) {
            commits.sort(commitsSort);
        }
        commitGroups.push({
            title,
            commits
        });
    });
    if (commitGroupsSort) {
        commitGroups.sort(commitGroupsSort);
    }
    return commitGroups;
}
function getNoteGroups(notes, options) {
    const { noteGroupsSort, notesSort } = options;
    const retGroups = [];
    notes.forEach((note) => {
        const { title } = note;
        let titleExists = false;
        retGroups.forEach((group) => {
            if (group.title === title) {
                titleExists = true;
                group.notes.push(note);
            }
        });
        if (!titleExists) {
            retGroups.push({
                title,
                notes: [note]
            });
        }
    });
    if (noteGroupsSort) {
        retGroups.sort(noteGroupsSort);
    }
    if (notesSort) {
        retGroups.forEach((group) => {
            group.notes.sort(notesSort);
        });
    }
    return retGroups;
}
function getExtraContext(commits, notes, options) {
    return {
        // group `commits` by `options.groupBy`
        commitGroups: getCommitGroups(commits, options),
        // group `notes` for footer
        noteGroups: getNoteGroups(notes, options)
    };
}
/**
 * Get final context with default values.
 * @param context
 * @param options
 * @returns Final context with default values.
 */
function getFinalContext(context, options) {
    const finalContext = {
        commit: 'commits',
        issue: 'issues',
        compare: 'compare',
        date: options.formatDate(new Date()),
        headerPartial: options.headerPartial,
        preamblePartial: options.preamblePartial,
        commitPartial: options.commitPartial,
        footerPartial: options.footerPartial,
        ...context
    };
    if (typeof finalContext.linkReferences !== 'boolean'
        && (finalContext.repository || finalContext.repoUrl)
        && finalContext.commit
        && finalContext.issue) {
        finalContext.linkReferences = true;
    }
    return finalContext;
}
/**
 * Get context prepared for template.
 * @param keyCommit
 * @param commits
 * @param filteredCommits
 * @param notes
 * @param context
 * @param options
 * @returns TemplateContext prepared for template.
 */
async function getTemplateContext(keyCommit, commits, context, options) {
    const notes = [];
    const filteredCommits = (options.ignoreReverted
        ? Array.from(filterRevertedCommitsSync(commits))
        : commits).map(commit => ({
        ...commit,
        notes: commit.notes.map((note) => {
            const commitNote = {
                ...note,
                commit
            };
            notes.push(commitNote);
            return commitNote;
        })
    }));
    let templateContext = {
        ...context,
        ...keyCommit,
        ...getExtraContext(filteredCommits, notes, options)
    };
    if (keyCommit?.committerDate) {
        templateContext.date = keyCommit.committerDate;
    }
    if (typeof templateContext.version === 'string' && isValid(templateContext.version)) {
        templateContext.isPatch ||= getPatch(templateContext.version) !== 0;
    }
    templateContext = await options.finalizeContext(templateContext, options, filteredCommits, keyCommit, commits);
    options.debug(`Your final context is:\n${stringify(templateContext)}`);
    return templateContext;
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoiY29udGV4dC5qcyIsInNvdXJjZVJvb3QiOiIiLCJzb3VyY2VzIjpbIi4uL3NyYy9jb250ZXh0LnRzIl0sIm5hbWVzIjpbXSwibWFwcGluZ3MiOiJBQVNBLE9BQU8sRUFDTCxRQUFRLEVBQ1IsT0FBTyxFQUNSLE1BQU0sUUFBUSxDQUFBO0FBQ2YsT0FBTyxFQUFFLHlCQUF5QixFQUFFLE1BQU0sNkJBQTZCLENBQUE7QUFFdkUsT0FBTyxFQUFFLFNBQVMsRUFBRSxNQUFNLFlBQVksQ0FBQTtBQUV0QyxNQUFNLFVBQVUsZUFBZSxDQUM3QixPQUFpQixFQUNqQixPQUFtRjtJQUVuRixNQUFNLEVBQ0osT0FBTyxFQUNQLGdCQUFnQixFQUNoQixXQUFXLEVBQ1osR0FBRyxPQUFPLENBQUE7SUFDWCxNQUFNLFlBQVksR0FBMEIsRUFBRSxDQUFBO0lBQzlDLE1BQU0sZUFBZSxHQUFHLE9BQU8sQ0FBQyxNQUFNLENBQTJCLENBQUMsTUFBTSxFQUFFLE1BQU0sRUFBRSxFQUFFO1FBQ2xGLE1BQU0sR0FBRyxHQUFHLE1BQU0sQ0FBQyxPQUFPLENBQVcsSUFBSSxFQUFFLENBQUE7UUFFM0MsSUFBSSxNQUFNLENBQUMsR0FBRyxDQUFDLEVBQUUsQ0FBQztZQUNoQixNQUFNLENBQUMsR0FBRyxDQUFDLENBQUMsSUFBSSxDQUFDLE1BQU0sQ0FBQyxDQUFBO1FBQzFCLENBQUM7YUFBTSxDQUFDO1lBQ04sTUFBTSxDQUFDLEdBQUcsQ0FBQyxHQUFHLENBQUMsTUFBTSxDQUFDLENBQUE7UUFDeEIsQ0FBQztRQUVELE9BQU8sTUFBTSxDQUFBO1FBQ2YseURBQXlEO0lBQ3pELENBQUMsRUFBRSxNQUFNLENBQUMsTUFBTSxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUE7SUFFdkIsTUFBTSxDQUFDLE9BQU8sQ0FBQyxlQUFlLENBQUMsQ0FBQyxPQUFPLENBQUMsQ0FBQyxDQUFDLEtBQUssRUFBRSxPQUFPLENBQUMsRUFBRSxFQUFFO1FBQzNELElBQUksV0FBVyxFQUFFLENBQUM7WUFDaEIsT0FBTyxDQUFDLElBQUksQ0FBQyxXQUFXLENBQUMsQ0FBQTtRQUMzQixDQUFDO1FBRUQsWUFBWSxDQUFDLElBQUksQ0FBQztZQUNoQixLQUFLO1lBQ0wsT0FBTztTQUNSLENBQUMsQ0FBQTtJQUNKLENBQUMsQ0FBQyxDQUFBO0lBRUYsSUFBSSxnQkFBZ0IsRUFBRSxDQUFDO1FBQ3JCLFlBQVksQ0FBQyxJQUFJLENBQUMsZ0JBQWdCLENBQUMsQ0FBQTtJQUNyQyxDQUFDO0lBRUQsT0FBTyxZQUFZLENBQUE7QUFDckIsQ0FBQztBQUVELE1BQU0sVUFBVSxhQUFhLENBQzNCLEtBQW1CLEVBQ25CLE9BQW1FO0lBRW5FLE1BQU0sRUFDSixjQUFjLEVBQ2QsU0FBUyxFQUNWLEdBQUcsT0FBTyxDQUFBO0lBQ1gsTUFBTSxTQUFTLEdBQWdCLEVBQUUsQ0FBQTtJQUVqQyxLQUFLLENBQUMsT0FBTyxDQUFDLENBQUMsSUFBSSxFQUFFLEVBQUU7UUFDckIsTUFBTSxFQUFFLEtBQUssRUFBRSxHQUFHLElBQUksQ0FBQTtRQUN0QixJQUFJLFdBQVcsR0FBRyxLQUFLLENBQUE7UUFFdkIsU0FBUyxDQUFDLE9BQU8sQ0FBQyxDQUFDLEtBQUssRUFBRSxFQUFFO1lBQzFCLElBQUksS0FBSyxDQUFDLEtBQUssS0FBSyxLQUFLLEVBQUUsQ0FBQztnQkFDMUIsV0FBVyxHQUFHLElBQUksQ0FBQTtnQkFDbEIsS0FBSyxDQUFDLEtBQUssQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLENBQUE7WUFDeEIsQ0FBQztRQUNILENBQUMsQ0FBQyxDQUFBO1FBRUYsSUFBSSxDQUFDLFdBQVcsRUFBRSxDQUFDO1lBQ2pCLFNBQVMsQ0FBQyxJQUFJLENBQUM7Z0JBQ2IsS0FBSztnQkFDTCxLQUFLLEVBQUUsQ0FBQyxJQUFJLENBQUM7YUFDZCxDQUFDLENBQUE7UUFDSixDQUFDO0lBQ0gsQ0FBQyxDQUFDLENBQUE7SUFFRixJQUFJLGNBQWMsRUFBRSxDQUFDO1FBQ25CLFNBQVMsQ0FBQyxJQUFJLENBQUMsY0FBYyxDQUFDLENBQUE7SUFDaEMsQ0FBQztJQUVELElBQUksU0FBUyxFQUFFLENBQUM7UUFDZCxTQUFTLENBQUMsT0FBTyxDQUFDLENBQUMsS0FBSyxFQUFFLEVBQUU7WUFDMUIsS0FBSyxDQUFDLEtBQUssQ0FBQyxJQUFJLENBQUMsU0FBUyxDQUFDLENBQUE7UUFDN0IsQ0FBQyxDQUFDLENBQUE7SUFDSixDQUFDO0lBRUQsT0FBTyxTQUFTLENBQUE7QUFDbEIsQ0FBQztBQUVELE1BQU0sVUFBVSxlQUFlLENBQzdCLE9BQWlCLEVBQ2pCLEtBQW1CLEVBQ25CLE9BQW9IO0lBRXBILE9BQU87UUFDTCx1Q0FBdUM7UUFDdkMsWUFBWSxFQUFFLGVBQWUsQ0FBQyxPQUFPLEVBQUUsT0FBTyxDQUFDO1FBQy9DLDJCQUEyQjtRQUMzQixVQUFVLEVBQUUsYUFBYSxDQUFDLEtBQUssRUFBRSxPQUFPLENBQUM7S0FDMUMsQ0FBQTtBQUNILENBQUM7QUFFRDs7Ozs7R0FLRztBQUNILE1BQU0sVUFBVSxlQUFlLENBQzdCLE9BQWdDLEVBQ2hDLE9BQTJIO0lBRTNILE1BQU0sWUFBWSxHQUFpQztRQUNqRCxNQUFNLEVBQUUsU0FBUztRQUNqQixLQUFLLEVBQUUsUUFBUTtRQUNmLE9BQU8sRUFBRSxTQUFTO1FBQ2xCLElBQUksRUFBRSxPQUFPLENBQUMsVUFBVSxDQUFDLElBQUksSUFBSSxFQUFFLENBQUM7UUFDcEMsYUFBYSxFQUFFLE9BQU8sQ0FBQyxhQUFhO1FBQ3BDLGVBQWUsRUFBRSxPQUFPLENBQUMsZUFBZTtRQUN4QyxhQUFhLEVBQUUsT0FBTyxDQUFDLGFBQWE7UUFDcEMsYUFBYSxFQUFFLE9BQU8sQ0FBQyxhQUFhO1FBQ3BDLEdBQUcsT0FBTztLQUNYLENBQUE7SUFFRCxJQUNFLE9BQU8sWUFBWSxDQUFDLGNBQWMsS0FBSyxTQUFTO1dBQzdDLENBQUMsWUFBWSxDQUFDLFVBQVUsSUFBSSxZQUFZLENBQUMsT0FBTyxDQUFDO1dBQ2pELFlBQVksQ0FBQyxNQUFNO1dBQ25CLFlBQVksQ0FBQyxLQUFLLEVBQ3JCLENBQUM7UUFDRCxZQUFZLENBQUMsY0FBYyxHQUFHLElBQUksQ0FBQTtJQUNwQyxDQUFDO0lBRUQsT0FBTyxZQUFZLENBQUE7QUFDckIsQ0FBQztBQUVEOzs7Ozs7Ozs7R0FTRztBQUNILE1BQU0sQ0FBQyxLQUFLLFVBQVUsa0JBQWtCLENBQ3RDLFNBQXdCLEVBQ3hCLE9BQW9DLEVBQ3BDLE9BQXFDLEVBQ3JDLE9BQTZCO0lBRTdCLE1BQU0sS0FBSyxHQUFpQixFQUFFLENBQUE7SUFDOUIsTUFBTSxlQUFlLEdBQUcsQ0FDdEIsT0FBTyxDQUFDLGNBQWM7UUFDcEIsQ0FBQyxDQUFDLEtBQUssQ0FBQyxJQUFJLENBQUMseUJBQXlCLENBQUMsT0FBTyxDQUFDLENBQUM7UUFDaEQsQ0FBQyxDQUFDLE9BQU8sQ0FDWixDQUFDLEdBQUcsQ0FBQyxNQUFNLENBQUMsRUFBRSxDQUFDLENBQUM7UUFDZixHQUFHLE1BQU07UUFDVCxLQUFLLEVBQUUsTUFBTSxDQUFDLEtBQUssQ0FBQyxHQUFHLENBQUMsQ0FBQyxJQUFJLEVBQUUsRUFBRTtZQUMvQixNQUFNLFVBQVUsR0FBRztnQkFDakIsR0FBRyxJQUFJO2dCQUNQLE1BQU07YUFDUCxDQUFBO1lBRUQsS0FBSyxDQUFDLElBQUksQ0FBQyxVQUFVLENBQUMsQ0FBQTtZQUV0QixPQUFPLFVBQVUsQ0FBQTtRQUNuQixDQUFDLENBQUM7S0FDSCxDQUFDLENBQUMsQ0FBQTtJQUNILElBQUksZUFBZSxHQUFpQztRQUNsRCxHQUFHLE9BQU87UUFDVixHQUFHLFNBQW1CO1FBQ3RCLEdBQUcsZUFBZSxDQUFDLGVBQWUsRUFBRSxLQUFLLEVBQUUsT0FBTyxDQUFDO0tBQ3BELENBQUE7SUFFRCxJQUFJLFNBQVMsRUFBRSxhQUFhLEVBQUUsQ0FBQztRQUM3QixlQUFlLENBQUMsSUFBSSxHQUFHLFNBQVMsQ0FBQyxhQUFhLENBQUE7SUFDaEQsQ0FBQztJQUVELElBQUksT0FBTyxlQUFlLENBQUMsT0FBTyxLQUFLLFFBQVEsSUFBSSxPQUFPLENBQUMsZUFBZSxDQUFDLE9BQU8sQ0FBQyxFQUFFLENBQUM7UUFDcEYsZUFBZSxDQUFDLE9BQU8sS0FBSyxRQUFRLENBQUMsZUFBZSxDQUFDLE9BQU8sQ0FBQyxLQUFLLENBQUMsQ0FBQTtJQUNyRSxDQUFDO0lBRUQsZUFBZSxHQUFHLE1BQU0sT0FBTyxDQUFDLGVBQWUsQ0FBQyxlQUFlLEVBQUUsT0FBTyxFQUFFLGVBQWUsRUFBRSxTQUFTLEVBQUUsT0FBTyxDQUFDLENBQUE7SUFFOUcsT0FBTyxDQUFDLEtBQUssQ0FBQywyQkFBMkIsU0FBUyxDQUFDLGVBQWUsQ0FBQyxFQUFFLENBQUMsQ0FBQTtJQUV0RSxPQUFPLGVBQWUsQ0FBQTtBQUN4QixDQUFDIn0=
;// CONCATENATED MODULE: ./node_modules/conventional-changelog-writer/dist/template.js

/**
 * Create template renderer.
 * @param context
 * @param options
 * @returns Template render function.
 */
function createTemplateRenderer(context, options) {
    const { template } = options;
    return async (commits, keyCommit, subsequent) => {
        const templateContext = await getTemplateContext(keyCommit, commits, context, options);
        const rendered = (await template(templateContext)).trim();
        return rendered.length > 0
            ? `${subsequent ? '\n' : ''}${rendered}\n`
            : '';
    };
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoidGVtcGxhdGUuanMiLCJzb3VyY2VSb290IjoiIiwic291cmNlcyI6WyIuLi9zcmMvdGVtcGxhdGUudHMiXSwibmFtZXMiOltdLCJtYXBwaW5ncyI6IkFBTUEsT0FBTyxFQUFFLGtCQUFrQixFQUFFLE1BQU0sY0FBYyxDQUFBO0FBRWpEOzs7OztHQUtHO0FBQ0gsTUFBTSxVQUFVLHNCQUFzQixDQUNwQyxPQUFxQyxFQUNyQyxPQUE2QjtJQUU3QixNQUFNLEVBQUUsUUFBUSxFQUFFLEdBQUcsT0FBTyxDQUFBO0lBRTVCLE9BQU8sS0FBSyxFQUNWLE9BQW9DLEVBQ3BDLFNBQXdCLEVBQ3hCLFVBQW9CLEVBQ3BCLEVBQUU7UUFDRixNQUFNLGVBQWUsR0FBRyxNQUFNLGtCQUFrQixDQUFDLFNBQVMsRUFBRSxPQUFPLEVBQUUsT0FBTyxFQUFFLE9BQU8sQ0FBQyxDQUFBO1FBQ3RGLE1BQU0sUUFBUSxHQUFHLENBQUMsTUFBTSxRQUFRLENBQUMsZUFBZSxDQUFDLENBQUMsQ0FBQyxJQUFJLEVBQUUsQ0FBQTtRQUV6RCxPQUFPLFFBQVEsQ0FBQyxNQUFNLEdBQUcsQ0FBQztZQUN4QixDQUFDLENBQUMsR0FBRyxVQUFVLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsRUFBRSxHQUFHLFFBQVEsSUFBSTtZQUMxQyxDQUFDLENBQUMsRUFBRSxDQUFBO0lBQ1IsQ0FBQyxDQUFBO0FBQ0gsQ0FBQyJ9
;// CONCATENATED MODULE: ./node_modules/conventional-changelog-writer/dist/options.js



const HASH_SHORT_LENGTH = 7;
const HEADER_MAX_LENGTH = 100;
/**
 * Default commit transform function.
 * @param commit
 * @param _context
 * @param options
 * @param options.formatDate - Date formatter function.
 * @returns Patch object for commit.
 */
function defaultCommitTransform(commit, _context, options) {
    const { hash, header, committerDate } = commit;
    return {
        hash: typeof hash === 'string'
            ? hash.substring(0, HASH_SHORT_LENGTH)
            : hash,
        header: typeof header === 'string'
            ? header.substring(0, HEADER_MAX_LENGTH)
            : header,
        committerDate: committerDate
            ? options.formatDate(committerDate)
            : committerDate
    };
}
/**
 * Get final options object.
 * @param options
 * @returns Final options object.
 */
function getFinalOptions(options) {
    const prefinalOptions = {
        groupBy: 'type',
        commitsSort: 'header',
        noteGroupsSort: 'title',
        notesSort: 'text',
        transform: defaultCommitTransform,
        generateOn: (commit) => typeof commit.version === 'string' && isValid(commit.version),
        finalizeContext: (context) => context,
        debug: () => { },
        formatDate: formatDate,
        template: template,
        headerPartial: headerPartial,
        preamblePartial: preamblePartial,
        commitPartial: commitPartial,
        footerPartial: footerPartial,
        reverse: false,
        ignoreReverted: true,
        doFlush: true,
        ...options
    };
    const finalOptions = {
        ...prefinalOptions,
        commitGroupsSort: createComparator(prefinalOptions.commitGroupsSort),
        commitsSort: createComparator(prefinalOptions.commitsSort),
        noteGroupsSort: createComparator(prefinalOptions.noteGroupsSort),
        notesSort: createComparator(prefinalOptions.notesSort)
    };
    return finalOptions;
}
/**
 * Get final context object.
 * @param context
 * @param options
 * @returns Final context object.
 */
function getGenerateOnFunction(context, options) {
    const { generateOn } = options;
    if (typeof generateOn === 'string') {
        return (commit) => typeof commit[generateOn] !== 'undefined';
    }
    else if (typeof generateOn !== 'function') {
        return () => false;
    }
    return (keyCommit, commitsGroup) => generateOn(keyCommit, commitsGroup, context, options);
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoib3B0aW9ucy5qcyIsInNvdXJjZVJvb3QiOiIiLCJzb3VyY2VzIjpbIi4uL3NyYy9vcHRpb25zLnRzIl0sIm5hbWVzIjpbXSwibWFwcGluZ3MiOiJBQUFBLE9BQU8sRUFHTCxhQUFhLEVBQ2IsZUFBZSxFQUNmLGFBQWEsRUFDYixhQUFhLEVBQ2IsUUFBUSxFQUNULE1BQU0sa0NBQWtDLENBQUE7QUFDekMsT0FBTyxFQUFFLE9BQU8sRUFBRSxNQUFNLFFBQVEsQ0FBQTtBQUtoQyxPQUFPLEVBQ0wsVUFBVSxFQUNWLGdCQUFnQixFQUNqQixNQUFNLFlBQVksQ0FBQTtBQUVuQixNQUFNLGlCQUFpQixHQUFHLENBQUMsQ0FBQTtBQUMzQixNQUFNLGlCQUFpQixHQUFHLEdBQUcsQ0FBQTtBQUU3Qjs7Ozs7OztHQU9HO0FBQ0gsTUFBTSxVQUFVLHNCQUFzQixDQUNwQyxNQUFjLEVBQ2QsUUFBaUIsRUFDakIsT0FBaUQ7SUFFakQsTUFBTSxFQUNKLElBQUksRUFDSixNQUFNLEVBQ04sYUFBYSxFQUNkLEdBQUcsTUFBTSxDQUFBO0lBRVYsT0FBTztRQUNMLElBQUksRUFBRSxPQUFPLElBQUksS0FBSyxRQUFRO1lBQzVCLENBQUMsQ0FBQyxJQUFJLENBQUMsU0FBUyxDQUFDLENBQUMsRUFBRSxpQkFBaUIsQ0FBQztZQUN0QyxDQUFDLENBQUMsSUFBSTtRQUNSLE1BQU0sRUFBRSxPQUFPLE1BQU0sS0FBSyxRQUFRO1lBQ2hDLENBQUMsQ0FBQyxNQUFNLENBQUMsU0FBUyxDQUFDLENBQUMsRUFBRSxpQkFBaUIsQ0FBQztZQUN4QyxDQUFDLENBQUMsTUFBTTtRQUNWLGFBQWEsRUFBRSxhQUFhO1lBQzFCLENBQUMsQ0FBQyxPQUFPLENBQUMsVUFBVSxDQUFDLGFBQWEsQ0FBQztZQUNuQyxDQUFDLENBQUMsYUFBYTtLQUNDLENBQUE7QUFDdEIsQ0FBQztBQUVEOzs7O0dBSUc7QUFDSCxNQUFNLFVBQVUsZUFBZSxDQUM3QixPQUF3QjtJQUV4QixNQUFNLGVBQWUsR0FBRztRQUN0QixPQUFPLEVBQUUsTUFBZTtRQUN4QixXQUFXLEVBQUUsUUFBaUI7UUFDOUIsY0FBYyxFQUFFLE9BQWdCO1FBQ2hDLFNBQVMsRUFBRSxNQUFlO1FBQzFCLFNBQVMsRUFBRSxzQkFBc0I7UUFDakMsVUFBVSxFQUFFLENBQUMsTUFBYyxFQUFFLEVBQUUsQ0FBQyxPQUFPLE1BQU0sQ0FBQyxPQUFPLEtBQUssUUFBUSxJQUFJLE9BQU8sQ0FBQyxNQUFNLENBQUMsT0FBTyxDQUFDO1FBQzdGLGVBQWUsRUFBRSxDQUFDLE9BQXFDLEVBQUUsRUFBRSxDQUFDLE9BQU87UUFDbkUsS0FBSyxFQUFFLEdBQUcsRUFBRSxHQUFjLENBQUM7UUFDM0IsVUFBVTtRQUNWLFFBQVE7UUFDUixhQUFhO1FBQ2IsZUFBZTtRQUNmLGFBQWE7UUFDYixhQUFhO1FBQ2IsT0FBTyxFQUFFLEtBQUs7UUFDZCxjQUFjLEVBQUUsSUFBSTtRQUNwQixPQUFPLEVBQUUsSUFBSTtRQUNiLEdBQUcsT0FBTztLQUNYLENBQUE7SUFDRCxNQUFNLFlBQVksR0FBRztRQUNuQixHQUFHLGVBQWU7UUFDbEIsZ0JBQWdCLEVBQUUsZ0JBQWdCLENBQUMsZUFBZSxDQUFDLGdCQUFnQixDQUFDO1FBQ3BFLFdBQVcsRUFBRSxnQkFBZ0IsQ0FBQyxlQUFlLENBQUMsV0FBdUIsQ0FBQztRQUN0RSxjQUFjLEVBQUUsZ0JBQWdCLENBQUMsZUFBZSxDQUFDLGNBQWMsQ0FBQztRQUNoRSxTQUFTLEVBQUUsZ0JBQWdCLENBQUMsZUFBZSxDQUFDLFNBQVMsQ0FBQztLQUMvQixDQUFBO0lBRXpCLE9BQU8sWUFBWSxDQUFBO0FBQ3JCLENBQUM7QUFFRDs7Ozs7R0FLRztBQUNILE1BQU0sVUFBVSxxQkFBcUIsQ0FDbkMsT0FBcUMsRUFDckMsT0FBNkI7SUFFN0IsTUFBTSxFQUFFLFVBQVUsRUFBRSxHQUFHLE9BQU8sQ0FBQTtJQUU5QixJQUFJLE9BQU8sVUFBVSxLQUFLLFFBQVEsRUFBRSxDQUFDO1FBQ25DLE9BQU8sQ0FBQyxNQUFjLEVBQUUsRUFBRSxDQUFDLE9BQU8sTUFBTSxDQUFDLFVBQVUsQ0FBQyxLQUFLLFdBQVcsQ0FBQTtJQUN0RSxDQUFDO1NBQU0sSUFBSSxPQUFPLFVBQVUsS0FBSyxVQUFVLEVBQUUsQ0FBQztRQUM1QyxPQUFPLEdBQUcsRUFBRSxDQUFDLEtBQUssQ0FBQTtJQUNwQixDQUFDO0lBRUQsT0FBTyxDQUFDLFNBQWlCLEVBQUUsWUFBc0IsRUFBRSxFQUFFLENBQUMsVUFBVSxDQUFDLFNBQVMsRUFBRSxZQUFZLEVBQUUsT0FBTyxFQUFFLE9BQU8sQ0FBQyxDQUFBO0FBQzdHLENBQUMifQ==
;// CONCATENATED MODULE: ./node_modules/conventional-changelog-writer/dist/commit.js
function preventModifications(object) {
    return new Proxy(object, {
        get(target, prop) {
            const value = target[prop];
            // https://github.com/conventional-changelog/conventional-changelog/pull/1285
            if (value instanceof Date) {
                return value;
            }
            if (typeof value === 'object' && value !== null) {
                return preventModifications(value);
            }
            return value;
        },
        set() {
            throw new Error('Cannot modify immutable object.');
        },
        deleteProperty() {
            throw new Error('Cannot modify immutable object.');
        }
    });
}
/**
 * Apply transformation to commit.
 * @param commit
 * @param transform
 * @param args - Additional arguments for transformation function.
 * @returns Transformed commit.
 */
async function transformCommit(commit, transform, ...args) {
    if (typeof transform === 'function') {
        const patch = await transform(preventModifications(commit), ...args);
        if (patch) {
            return {
                ...commit,
                ...patch,
                raw: commit
            };
        }
        return null;
    }
    return commit;
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoiY29tbWl0LmpzIiwic291cmNlUm9vdCI6IiIsInNvdXJjZXMiOlsiLi4vc3JjL2NvbW1pdC50cyJdLCJuYW1lcyI6W10sIm1hcHBpbmdzIjoiQUFLQSxTQUFTLG9CQUFvQixDQUFzQixNQUFTO0lBQzFELE9BQU8sSUFBSSxLQUFLLENBQUMsTUFBTSxFQUFFO1FBQ3ZCLEdBQUcsQ0FBQyxNQUFNLEVBQUUsSUFBWTtZQUN0QixNQUFNLEtBQUssR0FBRyxNQUFNLENBQUMsSUFBSSxDQUFZLENBQUE7WUFFckMsNkVBQTZFO1lBQzdFLElBQUksS0FBSyxZQUFZLElBQUksRUFBRSxDQUFDO2dCQUMxQixPQUFPLEtBQUssQ0FBQTtZQUNkLENBQUM7WUFFRCxJQUFJLE9BQU8sS0FBSyxLQUFLLFFBQVEsSUFBSSxLQUFLLEtBQUssSUFBSSxFQUFFLENBQUM7Z0JBQ2hELE9BQU8sb0JBQW9CLENBQUMsS0FBSyxDQUFDLENBQUE7WUFDcEMsQ0FBQztZQUVELE9BQU8sS0FBSyxDQUFBO1FBQ2QsQ0FBQztRQUNELEdBQUc7WUFDRCxNQUFNLElBQUksS0FBSyxDQUFDLGlDQUFpQyxDQUFDLENBQUE7UUFDcEQsQ0FBQztRQUNELGNBQWM7WUFDWixNQUFNLElBQUksS0FBSyxDQUFDLGlDQUFpQyxDQUFDLENBQUE7UUFDcEQsQ0FBQztLQUNGLENBQUMsQ0FBQTtBQUNKLENBQUM7QUFFRDs7Ozs7O0dBTUc7QUFDSCxNQUFNLENBQUMsS0FBSyxVQUFVLGVBQWUsQ0FDbkMsTUFBYyxFQUNkLFNBQTJILEVBQzNILEdBQUcsSUFBVTtJQUViLElBQUksT0FBTyxTQUFTLEtBQUssVUFBVSxFQUFFLENBQUM7UUFDcEMsTUFBTSxLQUFLLEdBQUcsTUFBTSxTQUFTLENBQUMsb0JBQW9CLENBQUMsTUFBTSxDQUFDLEVBQUUsR0FBRyxJQUFJLENBQUMsQ0FBQTtRQUVwRSxJQUFJLEtBQUssRUFBRSxDQUFDO1lBQ1YsT0FBTztnQkFDTCxHQUFHLE1BQU07Z0JBQ1QsR0FBRyxLQUFLO2dCQUNSLEdBQUcsRUFBRSxNQUFNO2FBQ1osQ0FBQTtRQUNILENBQUM7UUFFRCxPQUFPLElBQUksQ0FBQTtJQUNiLENBQUM7SUFFRCxPQUFPLE1BQU0sQ0FBQTtBQUNmLENBQUMifQ==
;// CONCATENATED MODULE: ./node_modules/conventional-changelog-writer/dist/writers.js





function writeChangelog(context = {}, options = {}, includeDetails = false) {
    const finalOptions = getFinalOptions(options);
    const finalContext = getFinalContext(context, finalOptions);
    const generateOn = getGenerateOnFunction(finalContext, finalOptions);
    const renderTemplate = createTemplateRenderer(finalContext, finalOptions);
    const prepResult = includeDetails
        ? (log, keyCommit) => ({
            log,
            keyCommit
        })
        : (log) => log;
    return async function* write(commits) {
        const { transform, reverse, doFlush, skip } = finalOptions;
        let chunk;
        let commit;
        let keyCommit;
        let commitsGroup = [];
        let neverGenerated = true;
        let result = '';
        let savedKeyCommit = null;
        let firstRelease = true;
        for await (chunk of commits) {
            commit = await transformCommit(chunk, transform, finalContext, finalOptions);
            keyCommit = commit || chunk;
            if (skip?.(keyCommit)) {
                continue;
            }
            // previous blocks of logs
            if (reverse) {
                if (commit) {
                    commitsGroup.push(commit);
                }
                if (generateOn(keyCommit, commitsGroup)) {
                    neverGenerated = false;
                    result = await renderTemplate(commitsGroup, keyCommit, result.length > 0);
                    commitsGroup = [];
                    yield prepResult(result, keyCommit);
                }
            }
            else {
                if (generateOn(keyCommit, commitsGroup)) {
                    neverGenerated = false;
                    result = await renderTemplate(commitsGroup, savedKeyCommit, result.length > 0);
                    commitsGroup = [];
                    if (!firstRelease || doFlush) {
                        yield prepResult(result, savedKeyCommit);
                    }
                    firstRelease = false;
                    savedKeyCommit = keyCommit;
                }
                if (commit) {
                    commitsGroup.push(commit);
                }
            }
        }
        if (!doFlush && (reverse || neverGenerated)) {
            return;
        }
        result = await renderTemplate(commitsGroup, savedKeyCommit, result.length > 0);
        yield prepResult(result, savedKeyCommit);
    };
}
/**
 * Creates a transform stream which takes commits and outputs changelog entries.
 * @param context - TemplateContext for changelog template.
 * @param options - Options for changelog template.
 * @param includeDetails - Whether to emit details object instead of changelog entry.
 * @returns Transform stream which takes commits and outputs changelog entries.
 */
function writeChangelogStream(context, options, includeDetails = false) {
    return Transform.from(writeChangelog(context, options, includeDetails));
}
/**
 * Create a changelog string from commits.
 * @param commits - Commits to generate changelog from.
 * @param context - TemplateContext for changelog template.
 * @param options - Options for changelog template.
 * @returns Changelog string.
 */
async function writeChangelogString(commits, context, options) {
    const changelogAsyncIterable = writeChangelog(context, options)(commits);
    let changelog = '';
    let chunk;
    for await (chunk of changelogAsyncIterable) {
        changelog += chunk;
    }
    return changelog;
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoid3JpdGVycy5qcyIsInNvdXJjZVJvb3QiOiIiLCJzb3VyY2VzIjpbIi4uL3NyYy93cml0ZXJzLnRzIl0sIm5hbWVzIjpbXSwibWFwcGluZ3MiOiJBQUFBLE9BQU8sRUFBRSxTQUFTLEVBQUUsTUFBTSxRQUFRLENBQUE7QUFVbEMsT0FBTyxFQUFFLHNCQUFzQixFQUFFLE1BQU0sZUFBZSxDQUFBO0FBQ3RELE9BQU8sRUFBRSxlQUFlLEVBQUUsTUFBTSxjQUFjLENBQUE7QUFDOUMsT0FBTyxFQUNMLGVBQWUsRUFDZixxQkFBcUIsRUFDdEIsTUFBTSxjQUFjLENBQUE7QUFDckIsT0FBTyxFQUFFLGVBQWUsRUFBRSxNQUFNLGFBQWEsQ0FBQTtBQXlCN0MsTUFBTSxVQUFVLGNBQWMsQ0FDNUIsT0FBTyxHQUE0QixFQUFFLEVBQ3JDLE9BQU8sR0FBb0IsRUFBRSxFQUM3QixjQUFjLEdBQUcsS0FBSztJQUV0QixNQUFNLFlBQVksR0FBRyxlQUFlLENBQUMsT0FBTyxDQUFDLENBQUE7SUFDN0MsTUFBTSxZQUFZLEdBQUcsZUFBZSxDQUFDLE9BQU8sRUFBRSxZQUFZLENBQUMsQ0FBQTtJQUMzRCxNQUFNLFVBQVUsR0FBRyxxQkFBcUIsQ0FBQyxZQUFZLEVBQUUsWUFBWSxDQUFDLENBQUE7SUFDcEUsTUFBTSxjQUFjLEdBQUcsc0JBQXNCLENBQUMsWUFBWSxFQUFFLFlBQVksQ0FBQyxDQUFBO0lBQ3pFLE1BQU0sVUFBVSxHQUFHLGNBQWM7UUFDL0IsQ0FBQyxDQUFDLENBQUMsR0FBVyxFQUFFLFNBQXdCLEVBQUUsRUFBRSxDQUFDLENBQUM7WUFDNUMsR0FBRztZQUNILFNBQVM7U0FDVixDQUFDO1FBQ0YsQ0FBQyxDQUFDLENBQUMsR0FBVyxFQUFFLEVBQUUsQ0FBQyxHQUFHLENBQUE7SUFFeEIsT0FBTyxLQUFLLFNBQVMsQ0FBQyxDQUFDLEtBQUssQ0FDMUIsT0FBaUQ7UUFFakQsTUFBTSxFQUNKLFNBQVMsRUFDVCxPQUFPLEVBQ1AsT0FBTyxFQUNQLElBQUksRUFDTCxHQUFHLFlBQVksQ0FBQTtRQUNoQixJQUFJLEtBQWEsQ0FBQTtRQUNqQixJQUFJLE1BQXdDLENBQUE7UUFDNUMsSUFBSSxTQUF3QixDQUFBO1FBQzVCLElBQUksWUFBWSxHQUFnQyxFQUFFLENBQUE7UUFDbEQsSUFBSSxjQUFjLEdBQUcsSUFBSSxDQUFBO1FBQ3pCLElBQUksTUFBTSxHQUFHLEVBQUUsQ0FBQTtRQUNmLElBQUksY0FBYyxHQUFrQixJQUFJLENBQUE7UUFDeEMsSUFBSSxZQUFZLEdBQUcsSUFBSSxDQUFBO1FBRXZCLElBQUksS0FBSyxFQUFFLEtBQUssSUFBSSxPQUFPLEVBQUUsQ0FBQztZQUM1QixNQUFNLEdBQUcsTUFBTSxlQUFlLENBQUMsS0FBSyxFQUFFLFNBQVMsRUFBRSxZQUFZLEVBQUUsWUFBWSxDQUFDLENBQUE7WUFDNUUsU0FBUyxHQUFHLE1BQU0sSUFBSSxLQUFLLENBQUE7WUFFM0IsSUFBSSxJQUFJLEVBQUUsQ0FBQyxTQUFTLENBQUMsRUFBRSxDQUFDO2dCQUN0QixTQUFRO1lBQ1YsQ0FBQztZQUVELDBCQUEwQjtZQUMxQixJQUFJLE9BQU8sRUFBRSxDQUFDO2dCQUNaLElBQUksTUFBTSxFQUFFLENBQUM7b0JBQ1gsWUFBWSxDQUFDLElBQUksQ0FBQyxNQUFNLENBQUMsQ0FBQTtnQkFDM0IsQ0FBQztnQkFFRCxJQUFJLFVBQVUsQ0FBQyxTQUFTLEVBQUUsWUFBWSxDQUFDLEVBQUUsQ0FBQztvQkFDeEMsY0FBYyxHQUFHLEtBQUssQ0FBQTtvQkFDdEIsTUFBTSxHQUFHLE1BQU0sY0FBYyxDQUFDLFlBQVksRUFBRSxTQUFTLEVBQUUsTUFBTSxDQUFDLE1BQU0sR0FBRyxDQUFDLENBQUMsQ0FBQTtvQkFDekUsWUFBWSxHQUFHLEVBQUUsQ0FBQTtvQkFFakIsTUFBTSxVQUFVLENBQUMsTUFBTSxFQUFFLFNBQVMsQ0FBQyxDQUFBO2dCQUNyQyxDQUFDO1lBQ0gsQ0FBQztpQkFBTSxDQUFDO2dCQUNOLElBQUksVUFBVSxDQUFDLFNBQVMsRUFBRSxZQUFZLENBQUMsRUFBRSxDQUFDO29CQUN4QyxjQUFjLEdBQUcsS0FBSyxDQUFBO29CQUN0QixNQUFNLEdBQUcsTUFBTSxjQUFjLENBQUMsWUFBWSxFQUFFLGNBQWMsRUFBRSxNQUFNLENBQUMsTUFBTSxHQUFHLENBQUMsQ0FBQyxDQUFBO29CQUM5RSxZQUFZLEdBQUcsRUFBRSxDQUFBO29CQUVqQixJQUFJLENBQUMsWUFBWSxJQUFJLE9BQU8sRUFBRSxDQUFDO3dCQUM3QixNQUFNLFVBQVUsQ0FBQyxNQUFNLEVBQUUsY0FBYyxDQUFDLENBQUE7b0JBQzFDLENBQUM7b0JBRUQsWUFBWSxHQUFHLEtBQUssQ0FBQTtvQkFDcEIsY0FBYyxHQUFHLFNBQVMsQ0FBQTtnQkFDNUIsQ0FBQztnQkFFRCxJQUFJLE1BQU0sRUFBRSxDQUFDO29CQUNYLFlBQVksQ0FBQyxJQUFJLENBQUMsTUFBTSxDQUFDLENBQUE7Z0JBQzNCLENBQUM7WUFDSCxDQUFDO1FBQ0gsQ0FBQztRQUVELElBQUksQ0FBQyxPQUFPLElBQUksQ0FBQyxPQUFPLElBQUksY0FBYyxDQUFDLEVBQUUsQ0FBQztZQUM1QyxPQUFNO1FBQ1IsQ0FBQztRQUVELE1BQU0sR0FBRyxNQUFNLGNBQWMsQ0FBQyxZQUFZLEVBQUUsY0FBYyxFQUFFLE1BQU0sQ0FBQyxNQUFNLEdBQUcsQ0FBQyxDQUFDLENBQUE7UUFFOUUsTUFBTSxVQUFVLENBQUMsTUFBTSxFQUFFLGNBQWMsQ0FBQyxDQUFBO0lBQzFDLENBQUMsQ0FBQTtBQUNILENBQUM7QUFFRDs7Ozs7O0dBTUc7QUFDSCxNQUFNLFVBQVUsb0JBQW9CLENBQ2xDLE9BQWlDLEVBQ2pDLE9BQXlCLEVBQ3pCLGNBQWMsR0FBRyxLQUFLO0lBRXRCLE9BQU8sU0FBUyxDQUFDLElBQUksQ0FBQyxjQUFjLENBQUMsT0FBTyxFQUFFLE9BQU8sRUFBRSxjQUFjLENBQUMsQ0FBQyxDQUFBO0FBQ3pFLENBQUM7QUFFRDs7Ozs7O0dBTUc7QUFDSCxNQUFNLENBQUMsS0FBSyxVQUFVLG9CQUFvQixDQUN4QyxPQUFpRCxFQUNqRCxPQUFpQyxFQUNqQyxPQUF5QjtJQUV6QixNQUFNLHNCQUFzQixHQUFHLGNBQWMsQ0FBQyxPQUFPLEVBQUUsT0FBTyxDQUFDLENBQUMsT0FBTyxDQUFDLENBQUE7SUFDeEUsSUFBSSxTQUFTLEdBQUcsRUFBRSxDQUFBO0lBQ2xCLElBQUksS0FBYSxDQUFBO0lBRWpCLElBQUksS0FBSyxFQUFFLEtBQUssSUFBSSxzQkFBc0IsRUFBRSxDQUFDO1FBQzNDLFNBQVMsSUFBSSxLQUFLLENBQUE7SUFDcEIsQ0FBQztJQUVELE9BQU8sU0FBUyxDQUFBO0FBQ2xCLENBQUMifQ==
;// CONCATENATED MODULE: ./node_modules/conventional-changelog-writer/dist/index.js





//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoiaW5kZXguanMiLCJzb3VyY2VSb290IjoiIiwic291cmNlcyI6WyIuLi9zcmMvaW5kZXgudHMiXSwibmFtZXMiOltdLCJtYXBwaW5ncyI6IkFBQUEsY0FBYyxrQ0FBa0MsQ0FBQTtBQUVoRCxPQUFPLEVBQUUsZUFBZSxFQUFFLE1BQU0sYUFBYSxDQUFBO0FBQzdDLE9BQU8sRUFBRSxzQkFBc0IsRUFBRSxNQUFNLGNBQWMsQ0FBQTtBQUNyRCxjQUFjLFlBQVksQ0FBQTtBQUMxQixjQUFjLGNBQWMsQ0FBQSJ9
;// CONCATENATED MODULE: ./src/core/changelog/changelog.ts


// The preset's typings are loose; its writer options fit writeChangelogString.
const changelog_preset = createPreset();
/** Release notes in conventional-changelog's conventionalcommits format. */
async function renderChangelog(options) {
    const repo = parseRepoUrl(options.repoUrl);
    const context = {
        version: options.version,
        previousTag: options.previousTag,
        currentTag: options.currentTag,
        date: options.date.toISOString().slice(0, 10),
        linkCompare: Boolean(repo && options.previousTag && options.currentTag),
        linkReferences: Boolean(repo),
        ...(repo ?? {}),
        commit: 'commit',
        issue: 'issues'
    };
    const commits = options.changes.map((c) => ({ ...c.parsed }));
    const text = await writeChangelogString(commits, context, changelog_preset.writer);
    return text.trim();
}
function parseRepoUrl(url) {
    if (!url)
        return undefined;
    const m = /^(https?:\/\/[^/]+)\/(.+)\/([^/]+?)(?:\.git)?\/?$/.exec(url);
    return m ? { host: m[1], owner: m[2], repository: m[3] } : undefined;
}

;// CONCATENATED MODULE: ./src/core/store/types.ts
/** The blob holding a bundle's zip. */
function artifactOf(bundle) {
    return bundle.artifact ?? bundle.checksum;
}
const DEFAULT_CHANNEL_SETTINGS = { ios: true, android: true, allowEmulator: true, allowDev: true, allowSelfSet: true };

;// CONCATENATED MODULE: ./src/core/crypto/encrypt.ts



async function newEncryption(signer) {
    const key = (0,external_node_crypto_namespaceObject.randomBytes)(16);
    const iv = (0,external_node_crypto_namespaceObject.randomBytes)(16);
    const sealed = await signer.sign(key);
    return { key, iv, sessionKey: `${iv.toString('base64')}:${sealed.toString('base64')}` };
}
/** AES-128-CBC with PKCS#7 padding, streamed; returns the SHA-256 and size of the encrypted file. */
async function encryptFile(source, target, material) {
    const cipher = (0,external_node_crypto_namespaceObject.createCipheriv)('aes-128-cbc', material.key, material.iv);
    const hash = (0,external_node_crypto_namespaceObject.createHash)('sha256');
    let size = 0;
    cipher.on('data', (chunk) => {
        hash.update(chunk);
        size += chunk.length;
    });
    await (0,external_node_stream_promises_namespaceObject.pipeline)((0,external_node_fs_namespaceObject.createReadStream)(source), cipher, (0,external_node_fs_namespaceObject.createWriteStream)(target));
    return { sha256: hash.digest('hex'), size };
}
/** The signature the plugin checks: hex of the RSA private-key encryption of the 32 SHA-256 bytes. */
async function signChecksum(signer, sha256Hex) {
    return (await signer.sign(Buffer.from(sha256Hex, 'hex'))).toString('hex');
}

;// CONCATENATED MODULE: ./src/core/crypto/keys.ts



/** capacitor-updater's encryption v2 needs RSA-2048: it expects 256-byte signatures. */
const KEY_BITS = 2048;
class SigningError extends OtakitError {
}
/** Reads a private key given as PEM, or as base64 of the PEM on one line (masked CI variables). */
function parsePrivateKey(text, where) {
    let pem = text.trim();
    if (!pem.includes('-----BEGIN')) {
        const decoded = Buffer.from(pem.replace(/\s+/g, ''), 'base64').toString('utf8');
        if (!decoded.includes('-----BEGIN')) {
            throw new ConfigurationError([`The private key from ${where} is not a PEM key (nor base64 of one). Create one with "otakit keys create", and pass the file with --private-key or its content in OTAKIT_PRIVATE_KEY.`]);
        }
        pem = decoded.trim();
    }
    if (/ENCRYPTED/.test(pem)) {
        throw new ConfigurationError([`The private key from ${where} is encrypted with a passphrase. Give otakit an unencrypted key (openssl rsa -in key.pem -out plain.pem), kept in your CI's secret store.`]);
    }
    let key;
    try {
        key = (0,external_node_crypto_namespaceObject.createPrivateKey)({ key: pem, format: 'pem' });
    }
    catch (error) {
        throw new ConfigurationError([`The private key from ${where} cannot be read (${error.message.replace(/\s+/g, ' ')}). Use the PEM written by "otakit keys create".`]);
    }
    if (key.asymmetricKeyType !== 'rsa')
        throw new ConfigurationError([`The private key from ${where} is ${key.asymmetricKeyType}, not RSA. capacitor-updater needs an RSA-2048 key: "otakit keys create" makes one.`]);
    const bits = key.asymmetricKeyDetails?.modulusLength;
    if (bits !== KEY_BITS)
        throw new ConfigurationError([`The private key from ${where} is RSA-${bits}; capacitor-updater needs RSA-${KEY_BITS}. Create one with "otakit keys create".`]);
    return key;
}
function publicPemOf(key) {
    return (0,external_node_crypto_namespaceObject.createPublicKey)(key).export({ type: 'pkcs1', format: 'pem' }).toString();
}
/** Compares two PEM public keys by their key material, whatever the line breaks. */
function samePublicKey(a, b) {
    try {
        const der = (pem) => (0,external_node_crypto_namespaceObject.createPublicKey)({ key: pem.includes('\n') ? pem : pem.replace(/(-----BEGIN [A-Z ]+-----)(.*)(-----END [A-Z ]+-----)/, '$1\n$2\n$3'), format: 'pem' }).export({ type: 'spki', format: 'der' });
        return der(a).equals(der(b));
    }
    catch {
        return false;
    }
}
class LocalSigner {
    key;
    publicKeyPem;
    constructor(key) {
        this.key = key;
        this.publicKeyPem = publicPemOf(key);
    }
    async sign(data) {
        return (0,external_node_crypto_namespaceObject.privateEncrypt)({ key: this.key, padding: external_node_crypto_namespaceObject.constants.RSA_PKCS1_PADDING }, data);
    }
}
/**
 * Hands the bytes to sign to a command on stdin (a KMS or HSM CLI, e.g.
 * `openssl pkeyutl -sign -inkey …`), so the private key never sits on the runner.
 * The command prints the 256-byte result raw, in base64 or in hex; it is checked
 * against the public key before it is used.
 */
class CommandSigner {
    command;
    publicKeyPem;
    cwd;
    env;
    constructor(command, publicKeyPem, cwd, env) {
        this.command = command;
        this.publicKeyPem = publicKeyPem;
        this.cwd = cwd;
        this.env = env;
    }
    sign(data) {
        return new Promise((resolve, reject) => {
            const child = (0,external_node_child_process_namespaceObject.spawn)(this.command, { cwd: this.cwd, env: this.env, shell: true, stdio: ['pipe', 'pipe', 'pipe'] });
            const out = [];
            let err = '';
            child.stdout.on('data', (c) => out.push(c));
            child.stderr.on('data', (c) => { err += c.toString(); });
            child.on('error', (e) => reject(new SigningError(`Could not run the sign command: ${e.message}`)));
            child.on('close', (code) => {
                if (code !== 0)
                    return reject(new SigningError(`The sign command failed (exit code ${code}): ${err.trim().slice(0, 500) || 'no output'}. Check the command with: echo test | <command>`));
                const raw = Buffer.concat(out);
                const text = raw.toString('utf8').trim();
                const signature = raw.length === KEY_BITS / 8 ? raw
                    : /^[0-9a-fA-F]{512}$/.test(text) ? Buffer.from(text, 'hex')
                        : /^[A-Za-z0-9+/=\s]+$/.test(text) && Buffer.from(text, 'base64').length === KEY_BITS / 8 ? Buffer.from(text, 'base64')
                            : undefined;
                if (!signature)
                    return reject(new SigningError(`The sign command printed ${raw.length} bytes that are not a ${KEY_BITS / 8}-byte RSA signature (raw, base64 or hex). It must do RSA PKCS#1 v1.5 signing of the raw input, e.g. "openssl pkeyutl -sign -inkey key.pem".`));
                let recovered;
                try {
                    recovered = (0,external_node_crypto_namespaceObject.publicDecrypt)({ key: this.publicKeyPem, padding: external_node_crypto_namespaceObject.constants.RSA_PKCS1_PADDING }, signature);
                }
                catch {
                    return reject(new SigningError('The sign command\'s output does not verify with the public key. It must sign with the private key matching the app\'s publicKey, using PKCS#1 v1.5 padding and no digest.'));
                }
                if (!recovered.equals(data))
                    return reject(new SigningError('The sign command signed something other than its input (did it hash it first?). Use raw PKCS#1 v1.5 signing, e.g. "openssl pkeyutl -sign".'));
                resolve(signature);
            });
            child.stdin.on('error', () => undefined);
            child.stdin.end(data);
        });
    }
}
/** A new RSA-2048 key pair, PKCS#1 PEM, as capacitor-updater's encryption v2 uses. */
function createKeyPair() {
    const { privateKey, publicKey } = (0,external_node_crypto_namespaceObject.generateKeyPairSync)('rsa', { modulusLength: KEY_BITS, publicExponent: 0x10001 });
    return {
        privateKeyPem: privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
        publicKeyPem: publicKey.export({ type: 'pkcs1', format: 'pem' }).toString()
    };
}

;// CONCATENATED MODULE: ./src/core/crypto/signer.ts



/** Every form a secret could be printed in: raw, trimmed, base64 and the PEM body on one line. */
function secretForms(secret) {
    const trimmed = secret.trim();
    const body = trimmed.replace(/-----[A-Z ]+-----/g, '').replace(/\s+/g, '');
    // Multi-line values are also masked line by line: some CI runners mask per line.
    const lines = trimmed.split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length >= 16 && !/^-----/.test(l));
    return [...new Set([secret, trimmed, body, Buffer.from(trimmed).toString('base64'), encodeURIComponent(trimmed), ...lines].filter((v) => v.length >= 8))];
}
/**
 * The signer for encrypted bundles, or undefined for plain ones. Checks the key
 * and that it matches the public key the app holds, before anything is built.
 */
function resolveSigner(settings, runtime) {
    let signer;
    if (settings.privateKey !== undefined) {
        for (const form of secretForms(settings.privateKey))
            runtime.reporter.setSecret(form);
        signer = new LocalSigner(parsePrivateKey(settings.privateKey, settings.privateKeySource ?? 'the private key'));
    }
    else if (settings.signCommand) {
        const publicKey = settings.publicKeyFile ? (0,external_node_fs_namespaceObject.readFileSync)(settings.publicKeyFile, 'utf8') : settings.appPublicKey;
        if (!publicKey)
            throw new ConfigurationError(['--sign-command needs the public key: pass --public-key FILE, or set plugins.CapacitorUpdater.publicKey in capacitor.config.']);
        signer = new CommandSigner(settings.signCommand, publicKey, settings.cwd, runtime.env);
    }
    if (settings.appPublicKey && !signer) {
        throw new ConfigurationError(['The app\'s capacitor config has a CapacitorUpdater publicKey, so devices only accept encrypted bundles. Pass the private key with --private-key (or OTAKIT_PRIVATE_KEY), or a --sign-command.']);
    }
    if (signer && settings.appPublicKey && !samePublicKey(signer.publicKeyPem, settings.appPublicKey)) {
        throw new ConfigurationError(['The private key does not match plugins.CapacitorUpdater.publicKey in the app\'s capacitor config: devices would reject these bundles. Use the key pair made together ("otakit keys create"), or update the publicKey and ship a store build.']);
    }
    return signer;
}

;// CONCATENATED MODULE: ./src/core/release/channels.ts


const HISTORY_LIMIT = 200;
const MAX_ATTEMPTS = 200;
/**
 * Moves a channel by compare-and-swap: read, compute, write if the revision is
 * unchanged, else read again. `decide` returns undefined to leave it as is.
 */
async function updateChannel(store, appId, name, decide) {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
        const current = await store.getChannel(appId, name);
        const next = decide(current);
        if (!next)
            return { before: current, after: undefined };
        if (await store.putChannel(appId, next, current?.revision))
            return { before: current, after: next };
        await new Promise((r) => setTimeout(r, Math.random() * 20 * Math.min(attempt + 1, 10)));
    }
    throw new ConflictError(`Channel "${name}" kept changing under us (${MAX_ATTEMPTS} attempts). Another process is moving it constantly; try again.`);
}
/** The record a channel gets when it starts pointing at `bundle`. */
function pointChannel(current, name, bundle, action, at) {
    const entry = { version: bundle.version, checksum: bundle.checksum, at: at.toISOString(), action, commit: bundle.commit };
    if (action === 'rollback' && current)
        entry.from = current.version;
    return {
        name,
        version: bundle.version,
        checksum: bundle.checksum,
        revision: (current?.revision ?? 0) + 1,
        updatedAt: at.toISOString(),
        nativeFingerprint: bundle.nativeFingerprint,
        minNativeVersion: bundle.minNativeVersion,
        rollout: null,
        settings: current?.settings,
        history: [...(current?.history ?? []), entry].slice(-HISTORY_LIMIT)
    };
}
/** The record a channel gets when `bundle` starts rolling out to `percentageBps` of its devices. */
function startRollout(current, bundle, percentageBps, at) {
    return {
        ...current,
        revision: current.revision + 1,
        updatedAt: at.toISOString(),
        rollout: { version: bundle.version, checksum: bundle.checksum, percentageBps, startedAt: current.rollout?.version === bundle.version ? current.rollout.startedAt : at.toISOString() },
        history: [...current.history, { version: bundle.version, checksum: bundle.checksum, at: at.toISOString(), action: 'rollout', commit: bundle.commit, percentageBps }].slice(-HISTORY_LIMIT)
    };
}
/** Versions that became the stable bundle, oldest first, with those later rolled back from marked. */
function stableEntries(channel) {
    return channel.history.filter((e) => e.action === 'release' || e.action === 'promote' || e.action === 'rollback');
}
/** Versions a channel served and did not roll back from, newest first (the current one first). */
function servedVersions(channel) {
    const rolledBack = rolledBackVersions(channel);
    const out = [channel.version];
    for (const e of [...stableEntries(channel)].reverse()) {
        if (!out.includes(e.version) && !rolledBack.has(e.version))
            out.push(e.version);
    }
    return out;
}
function rolledBackVersions(channel) {
    const rolledBack = new Set();
    for (const entry of stableEntries(channel)) {
        if (entry.action === 'rollback' && entry.from)
            rolledBack.add(entry.from);
        else
            rolledBack.delete(entry.version);
    }
    return rolledBack;
}
/**
 * The version a rollback returns to: the latest earlier entry that is neither
 * the current version nor one that was itself rolled back.
 */
function rollbackTarget(channel) {
    return servedVersions(channel)[1];
}
/** A channel may only point at a bundle whose blobs are all stored. */
async function assertStored(store, bundle) {
    if (!(await store.hasBlob(bundle.appId, 'artifacts', artifactOf(bundle)))) {
        throw new StoreError(`Bundle ${bundle.version} is recorded but its artifact ${artifactOf(bundle)}.zip is missing from the store. Release it again to re-upload it.`);
    }
}

;// CONCATENATED MODULE: ./src/core/release/release.ts















const VERSION_ATTEMPTS = 50;
function resultOf(plan, status, message, extra = {}) {
    return {
        status,
        version: plan.version ?? null,
        previousVersion: plan.channelRecord?.version ?? null,
        channel: plan.channel ?? null,
        appId: plan.appId,
        commit: plan.commit,
        checksum: null,
        size: null,
        releaseType: plan.nativeChanges.length > 0 ? 'native' : 'ota',
        bundleUrl: null,
        changelog: '',
        message,
        rule: plan.rule ?? null,
        bump: plan.bump,
        nativeChanges: plan.nativeChanges,
        unparsed: plan.analysis.unparsed,
        warnings: [],
        ...extra
    };
}
function minNativeVersion(plan, settings, version) {
    if (settings.minNativeVersion)
        return settings.minNativeVersion;
    if (plan.nativeChanges.length > 0) {
        const v = semver_default().parse(version);
        return `${v.major}.${v.minor}.${v.patch}`;
    }
    return plan.channelRecord?.minNativeVersion;
}
function changelogFor(plan, version, runtime) {
    return renderChangelog({
        version,
        previousTag: plan.last.tag,
        currentTag: plan.ref.tag,
        changes: plan.analysis.changes,
        repoUrl: detectCi(runtime.env).repoUrl,
        date: runtime.now()
    });
}
async function release(settings, runtime, hooks = {}) {
    const { reporter } = runtime;
    const plan = await planRelease(settings, runtime);
    const warnings = [];
    const warn = (message) => {
        warnings.push(message);
        reporter.warn(message);
    };
    if (plan.analysis.unparsed.length > 0) {
        warn(`${plan.analysis.unparsed.length} commit(s) since ${plan.last.tag ?? plan.last.version} are not Conventional Commits and were not counted: ${plan.analysis.unparsed.slice(0, 5).map((c) => `${c.hash.slice(0, 7)} "${c.subject}"`).join(', ')}${plan.analysis.unparsed.length > 5 ? ', …' : ''}`);
    }
    if (plan.action === 'skip')
        return resultOf(plan, 'skipped', plan.reason, { warnings });
    const signer = plan.action === 'build' ? resolveSigner(settings, runtime) : undefined;
    if (plan.action === 'unchanged')
        return resultOf(plan, 'unchanged', plan.reason, { version: plan.channelRecord?.version ?? null, warnings });
    if (plan.nativeChanges.length > 0 && !settings.allowNativeChange) {
        const message = `This release changes native code, so it cannot ship over the air to channel "${plan.channel}": ${plan.nativeChanges.join('; ')}. Ship a new store build, then release again with --allow-native-change (bundles then require that native version).`;
        warn(message);
        return resultOf(plan, 'native-required', message, { releaseType: 'native', warnings });
    }
    if (settings.rolloutBps !== undefined && !plan.channelRecord) {
        throw new ConfigurationError([`Channel "${plan.channel}" has no bundle yet, so there is nothing to roll out against. Release to it once without --rollout.`]);
    }
    if (plan.action === 'reuse')
        return applyReuse(plan, settings, runtime, warnings);
    if (settings.dryRun) {
        return resultOf(plan, 'dry-run', `Would build and release ${plan.version} to ${plan.channel} (${plan.reason}).`, { warnings, changelog: await changelogFor(plan, plan.version, runtime) });
    }
    await hooks.beforeBuild?.();
    if (settings.buildCommand) {
        await reporter.group(`Build: ${settings.buildCommand}`, () => runBuild(settings.buildCommand, settings.cwd, runtime.env, reporter));
    }
    const temp = await (0,promises_namespaceObject.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'otakit-pack-'));
    try {
        const packed = await reporter.group('Pack', () => packWebDir({
            webDir: external_node_path_default().resolve(settings.cwd, settings.webDir),
            out: external_node_path_default().join(temp, 'bundle.zip'),
            exclude: settings.exclude,
            requireNotifyAppReady: settings.requireNotifyAppReady,
            reporter: { info: (m) => reporter.info(m), warn, debug: (m) => reporter.debug(m), group: (n, r) => reporter.group(n, r), setSecret: (v) => reporter.setSecret(v) }
        }));
        reporter.info(`Packed ${packed.files} files: ${packed.size} bytes, sha256 ${packed.checksum}`);
        if (plan.preid && plan.channelRecord?.checksum === packed.checksum) {
            const current = await plan.store.getBundle(plan.appId, plan.channelRecord.version);
            return resultOf(plan, 'unchanged', `The bundle is byte-identical to ${plan.channelRecord.version}, already on ${plan.channel}.`, {
                version: plan.channelRecord.version, checksum: packed.checksum, size: current?.size ?? packed.size, warnings,
                bundleUrl: current ? plan.store.blobUrl(plan.appId, 'artifacts', artifactOf(current)) : null
            });
        }
        const stored = await prepareBlobs(plan, packed, settings, signer, temp);
        await reporter.group('Upload', () => storeBlobs(plan, stored, reporter.info.bind(reporter)));
        const bundle = await createBundleRecord(plan, settings, runtime, packed, stored);
        const moved = await moveTo(plan, bundle, 'release', runtime, settings.rolloutBps);
        return resultOf(plan, 'released', settings.rolloutBps !== undefined
            ? `Rolling ${bundle.version} out to ${settings.rolloutBps / 100}% of ${plan.channel}; the rest stay on ${moved}.`
            : `Released ${bundle.version} to ${plan.channel}.`, {
            version: bundle.version,
            previousVersion: moved ?? null,
            checksum: bundle.checksum,
            size: bundle.size,
            bundleUrl: plan.store.blobUrl(plan.appId, 'artifacts', artifactOf(bundle)),
            changelog: bundle.changelog,
            warnings
        });
    }
    finally {
        await (0,promises_namespaceObject.rm)(temp, { recursive: true, force: true });
    }
}
async function prepareBlobs(plan, packed, settings, signer, temp) {
    const webDir = external_node_path_default().resolve(settings.cwd, settings.webDir);
    if (!signer) {
        return {
            artifact: { sha256: packed.checksum, path: packed.path, size: packed.size },
            files: packed.manifest.map((f) => ({ blob: f.sha256, path: external_node_path_default().join(webDir, f.path) })),
            manifest: packed.manifest
        };
    }
    // One AES key and IV per bundle; the zip and every delta file are encrypted with them.
    const material = await newEncryption(signer);
    const encryptedZip = external_node_path_default().join(temp, 'bundle.zip.enc');
    const artifact = await encryptFile(packed.path, encryptedZip, material);
    const files = [];
    const manifest = [];
    let n = 0;
    for (const f of packed.manifest) {
        const target = external_node_path_default().join(temp, `file-${n++}.enc`);
        const encrypted = await encryptFile(external_node_path_default().join(webDir, f.path), target, material);
        files.push({ blob: encrypted.sha256, path: target });
        manifest.push({ ...f, blob: encrypted.sha256, hashSignature: await signChecksum(signer, f.sha256) });
    }
    return {
        artifact: { sha256: artifact.sha256, path: encryptedZip, size: artifact.size },
        files,
        manifest,
        sessionKey: material.sessionKey,
        signature: await signChecksum(signer, packed.checksum)
    };
}
async function storeBlobs(plan, blobs, log) {
    const seen = new Set();
    let done = 0;
    for (const file of blobs.files) {
        if (!seen.has(file.blob)) {
            seen.add(file.blob);
            await plan.store.putBlob(plan.appId, 'files', file.blob, file.path);
        }
        if (++done % 500 === 0)
            log(`Stored ${done}/${blobs.files.length} files`);
    }
    await plan.store.putBlob(plan.appId, 'artifacts', blobs.artifact.sha256, blobs.artifact.path);
    log(`Stored bundle ${blobs.artifact.sha256}.zip in ${plan.store.url}${blobs.sessionKey ? ' (encrypted)' : ''}`);
}
/** Creates the bundle record; a concurrent pipeline that took the version makes us take the next one. */
async function createBundleRecord(plan, settings, runtime, packed, blobs) {
    let version = plan.version;
    for (let attempt = 0; attempt < VERSION_ATTEMPTS; attempt++) {
        const record = {
            version,
            appId: plan.appId,
            checksum: packed.checksum,
            ...(blobs.artifact.sha256 !== packed.checksum ? { artifact: blobs.artifact.sha256 } : {}),
            size: blobs.artifact.size,
            commit: plan.commit,
            createdAt: runtime.now().toISOString(),
            nativeFingerprint: plan.fingerprint,
            minNativeVersion: minNativeVersion(plan, settings, version),
            changelog: await changelogFor(plan, version, runtime),
            manifest: blobs.manifest,
            ...(blobs.sessionKey ? { sessionKey: blobs.sessionKey, signature: blobs.signature } : {})
        };
        if (await plan.store.createBundle(record))
            return record;
        if (!plan.preid) {
            throw new ConflictError(`Version ${version} was just stored by another pipeline. Run again: otakit will reuse it if it came from this commit.`);
        }
        const known = [...plan.knownVersions, ...(await plan.store.listBundleVersions(plan.appId)), version];
        version = `${plan.base}-${plan.preid}.${nextPrereleaseNumber(plan.base, plan.preid, known)}`;
        runtime.reporter.info(`Another pipeline took that version; trying ${version}`);
    }
    throw new ConflictError(`Could not mint a free version after ${VERSION_ATTEMPTS} attempts; too many pipelines are racing. Try again.`);
}
/** Moves the plan's channel to `bundle`; returns the version it pointed at before. */
async function moveTo(plan, bundle, action, runtime, rolloutBps) {
    await assertStored(plan.store, bundle);
    const { before } = await updateChannel(plan.store, plan.appId, plan.channel, (current) => rolloutBps !== undefined && current
        ? startRollout(current, bundle, rolloutBps, runtime.now())
        : pointChannel(current, plan.channel, bundle, action, runtime.now()));
    return before?.version;
}
async function applyReuse(plan, settings, runtime, warnings) {
    const existing = plan.existing;
    const url = plan.store.blobUrl(plan.appId, 'artifacts', artifactOf(existing));
    const common = { checksum: existing.checksum, size: existing.size, bundleUrl: url, warnings };
    if (plan.channelRecord?.version === plan.version || (settings.rolloutBps !== undefined && plan.channelRecord?.rollout?.version === plan.version && plan.channelRecord?.rollout?.percentageBps === settings.rolloutBps)) {
        return resultOf(plan, 'unchanged', `${plan.version} from this commit is already on ${plan.channel}.`, { ...common, changelog: existing.changelog });
    }
    if (plan.version === existing.version && plan.channelRecord?.history.some((h) => h.version === existing.version && h.action !== 'rollout' && h.action !== 'rollout-abort')) {
        return resultOf(plan, 'unchanged', `${existing.version} from this commit was already released to ${plan.channel} and has since been replaced; not moving the channel back. Use "otakit rollback --channel ${plan.channel} --to ${existing.version}" to return to it.`, { ...common, version: existing.version, changelog: existing.changelog });
    }
    if (settings.dryRun)
        return resultOf(plan, 'dry-run', `Would point ${plan.channel} at ${plan.version} (${plan.reason})`, common);
    let bundle = existing;
    if (plan.version !== existing.version) {
        bundle = {
            ...existing,
            version: plan.version,
            createdAt: runtime.now().toISOString(),
            minNativeVersion: minNativeVersion(plan, settings, plan.version) ?? existing.minNativeVersion,
            changelog: await changelogFor(plan, plan.version, runtime),
            promotedFrom: existing.version
        };
        await assertStored(plan.store, existing);
        if (!(await plan.store.createBundle(bundle))) {
            const raced = await plan.store.getBundle(plan.appId, bundle.version);
            if (raced?.checksum !== bundle.checksum)
                throw new ConflictError(`Version ${bundle.version} was just stored by another pipeline with different bytes. Check the store with "otakit status".`);
            bundle = raced;
        }
    }
    const previous = await moveTo(plan, bundle, 'promote', runtime, settings.rolloutBps);
    return resultOf(plan, 'promoted', `${plan.reason} ${plan.channel} now serves ${bundle.version}.`, { ...common, previousVersion: previous ?? null, changelog: bundle.changelog });
}

;// CONCATENATED MODULE: ./src/core/release/commands.ts






function channelResult(appId, status, channel, bundle, previous, store, message, nativeChanges = []) {
    return {
        status,
        version: bundle?.version ?? null,
        previousVersion: previous ?? null,
        channel,
        appId,
        commit: bundle?.commit ?? '',
        checksum: bundle?.checksum ?? null,
        size: bundle?.size ?? null,
        releaseType: nativeChanges.length > 0 ? 'native' : 'ota',
        bundleUrl: bundle ? store.blobUrl(appId, 'artifacts', artifactOf(bundle)) : null,
        changelog: bundle?.changelog ?? '',
        message,
        rule: null,
        bump: 'none',
        nativeChanges,
        unparsed: [],
        warnings: []
    };
}
async function requireChannel(store, appId, name) {
    const channel = await store.getChannel(appId, name);
    if (!channel) {
        const known = await store.listChannels(appId);
        throw new ConfigurationError([`Channel "${name}" does not exist for ${appId} in ${store.url}. Known channels: ${known.length ? known.join(', ') : 'none yet (run "otakit release" first)'}.`]);
    }
    return channel;
}
async function requireBundle(store, appId, version) {
    const bundle = await store.getBundle(appId, version);
    if (!bundle) {
        const known = (await store.listBundleVersions(appId)).sort((semver_default()).rcompare).slice(0, 10);
        throw new ConfigurationError([`Version ${version} is not in the store for ${appId}. Recent versions: ${known.length ? known.join(', ') : 'none'}. See "otakit status".`]);
    }
    return bundle;
}
/** Points channel `to` at the bundle `from` serves (or `version`): the exact stored bytes, no rebuild. */
async function promote(settings, runtime, options) {
    const store = openStore(settings.store, settings.cwd);
    const appId = settings.appId;
    if (!options.from && !options.version)
        throw new ConfigurationError(['promote needs --from <channel> or --version <version>, and --to <channel>.']);
    const version = options.version ?? (await requireChannel(store, appId, options.from)).version;
    const bundle = await requireBundle(store, appId, version);
    await assertStored(store, bundle);
    const target = await store.getChannel(appId, options.to);
    if (target?.version === bundle.version) {
        return channelResult(appId, 'unchanged', options.to, bundle, target.version, store, `${options.to} already serves ${bundle.version}.`);
    }
    const nativeChanges = target && target.nativeFingerprint.digest !== bundle.nativeFingerprint.digest
        ? describeNativeChange(target.nativeFingerprint, bundle.nativeFingerprint) : [];
    if (nativeChanges.length > 0 && !settings.allowNativeChange) {
        return channelResult(appId, 'native-required', options.to, bundle, target?.version, store, `${bundle.version} was built for different native code than ${options.to} serves (${nativeChanges.join('; ')}). Ship the store build first, then promote with --allow-native-change.`, nativeChanges);
    }
    if (settings.dryRun)
        return channelResult(appId, 'dry-run', options.to, bundle, target?.version, store, `Would point ${options.to} at ${bundle.version}.`, nativeChanges);
    const { before } = await updateChannel(store, appId, options.to, (current) => pointChannel(current, options.to, bundle, 'promote', runtime.now()));
    return channelResult(appId, 'promoted', options.to, bundle, before?.version, store, `${options.to} now serves ${bundle.version}${options.from ? ` (from ${options.from})` : ''}.`, nativeChanges);
}
/** Moves a channel back one step (or to `to`). */
async function rollback(settings, runtime, options) {
    const store = openStore(settings.store, settings.cwd);
    const appId = settings.appId;
    const channel = await requireChannel(store, appId, options.channel);
    const version = options.to ?? rollbackTarget(channel);
    if (!version) {
        throw new StoreError(`Channel "${options.channel}" has no earlier bundle to roll back to (it has only served ${channel.version}). Use --to <version> to pick one from "otakit status".`);
    }
    const bundle = await requireBundle(store, appId, version);
    await assertStored(store, bundle);
    if (channel.version === version)
        return channelResult(appId, 'unchanged', options.channel, bundle, channel.version, store, `${options.channel} already serves ${version}.`);
    if (settings.dryRun)
        return channelResult(appId, 'dry-run', options.channel, bundle, channel.version, store, `Would roll ${options.channel} back from ${channel.version} to ${version}.`);
    const { before } = await updateChannel(store, appId, options.channel, (current) => {
        if (!current)
            return undefined;
        return pointChannel(current, options.channel, bundle, 'rollback', runtime.now());
    });
    return channelResult(appId, 'promoted', options.channel, bundle, before?.version, store, `Rolled ${options.channel} back from ${before?.version} to ${version}.`);
}
const COUNTED = ['set', 'set_fail', 'update_fail', 'download_fail'];
function summarizeStats(events) {
    const byVersion = new Map();
    for (const e of events) {
        if (!COUNTED.includes(e.action))
            continue;
        const row = byVersion.get(e.version_name) ?? { version: e.version_name, set: 0, set_fail: 0, update_fail: 0, download_fail: 0, failureRate: 0 };
        row[e.action]++;
        byVersion.set(e.version_name, row);
    }
    return [...byVersion.values()].map((r) => {
        const failures = r.set_fail + r.update_fail + r.download_fail;
        return { ...r, failureRate: failures + r.set > 0 ? Number((failures / (failures + r.set)).toFixed(4)) : 0 };
    }).sort((a, b) => (semver_default().valid(a.version) && semver_default().valid(b.version) ? semver_default().rcompare(a.version, b.version) : a.version.localeCompare(b.version)));
}
/** Channels with their current bundle and history. */
async function commands_status(settings, options) {
    const store = openStore(settings.store, settings.cwd);
    const names = options.channel ? [options.channel] : await store.listChannels(settings.appId);
    const channels = [];
    for (const name of names) {
        const c = options.channel ? await requireChannel(store, settings.appId, name) : await store.getChannel(settings.appId, name);
        if (!c)
            continue;
        const bundle = await store.getBundle(settings.appId, c.version);
        channels.push({
            name: c.name, version: c.version, checksum: c.checksum, revision: c.revision, updatedAt: c.updatedAt,
            minNativeVersion: c.minNativeVersion ?? null, rollout: c.rollout ?? null, settings: { ...DEFAULT_CHANNEL_SETTINGS, ...c.settings }, commit: bundle?.commit ?? null, history: c.history
        });
    }
    const since = new Date((options.now ?? new Date()).getTime() - 30 * 86400_000).toISOString().slice(0, 10);
    return { appId: settings.appId, store: store.url, channels, stats: summarizeStats(await store.readStats(settings.appId, since)) };
}
/** Changes a channel's rollout: a new percentage, promote it to everyone, or abort it. */
async function rollout(settings, runtime, options) {
    const store = openStore(settings.store, settings.cwd);
    const appId = settings.appId;
    const chosen = [options.percentageBps !== undefined, options.promote, options.abort].filter(Boolean).length;
    if (chosen !== 1)
        throw new ConfigurationError(['rollout needs exactly one of --percentage <percent>, --promote or --abort.']);
    const channel = await requireChannel(store, appId, options.channel);
    if (!channel.rollout) {
        throw new ConfigurationError([`Channel "${options.channel}" has no rollout in progress. Start one with "otakit release --rollout <percent>".`]);
    }
    const bundle = await requireBundle(store, appId, channel.rollout.version);
    if (settings.dryRun)
        return channelResult(appId, 'dry-run', options.channel, bundle, channel.version, store, `Would change the rollout of ${bundle.version} on ${options.channel}.`);
    const at = runtime.now();
    const { before, after } = await updateChannel(store, appId, options.channel, (current) => {
        if (!current?.rollout || current.rollout.version !== bundle.version)
            return undefined;
        if (options.promote)
            return pointChannel(current, options.channel, bundle, 'promote', at);
        if (options.abort) {
            return {
                ...current, revision: current.revision + 1, updatedAt: at.toISOString(), rollout: null,
                history: [...current.history, { version: bundle.version, checksum: bundle.checksum, at: at.toISOString(), action: 'rollout-abort', commit: bundle.commit }]
            };
        }
        return startRollout(current, bundle, options.percentageBps, at);
    });
    if (!after)
        throw new ConflictError(`The rollout on "${options.channel}" changed while we updated it. Check "otakit status --channel ${options.channel}" and try again.`);
    if (options.promote)
        return channelResult(appId, 'promoted', options.channel, bundle, before?.version, store, `${bundle.version} is now served to every device on ${options.channel}.`);
    if (options.abort) {
        const stable = await requireBundle(store, appId, after.version);
        return channelResult(appId, 'promoted', options.channel, stable, bundle.version, store, `Rollout of ${bundle.version} aborted: every device on ${options.channel} gets ${after.version} again.`);
    }
    return channelResult(appId, 'promoted', options.channel, bundle, before?.version, store, `${bundle.version} now reaches ${options.percentageBps / 100}% of ${options.channel}; the rest stay on ${after.version}.`);
}
/** Updates who may receive a channel's bundles (platforms, emulators, debug builds, self-assignment). */
async function configureChannel(settings, runtime, options) {
    const store = openStore(settings.store, settings.cwd);
    await requireChannel(store, settings.appId, options.channel);
    const { after } = await updateChannel(store, settings.appId, options.channel, (current) => current && {
        ...current,
        revision: current.revision + 1,
        updatedAt: runtime.now().toISOString(),
        settings: { ...DEFAULT_CHANNEL_SETTINGS, ...current.settings, ...options.changes }
    });
    return (await commands_status(settings, { channel: after.name })).channels[0];
}

;// CONCATENATED MODULE: ./src/core/serve/protocol.ts

class ProtocolError extends Error {
    status;
    code;
    constructor(status, code, message) {
        super(message);
        this.status = status;
        this.code = code;
    }
}
const APP_ID = /^[A-Za-z0-9._-]{1,200}$/;
const CHANNEL = /^[A-Za-z0-9._-]{1,100}$/;
function protocol_str(body, key, required, max = 256) {
    const v = body[key];
    if (v === undefined || v === null || v === '') {
        if (required)
            throw new ProtocolError(400, `missing_${key}`, `The request has no "${key}". capacitor-updater sends it in every request; check the plugin configuration.`);
        return undefined;
    }
    if (typeof v !== 'string' || v.length > max)
        throw new ProtocolError(400, `invalid_${key}`, `"${key}" must be a string of at most ${max} characters.`);
    return v;
}
/** The native version as semver: "1.2" and "1" are read as 1.2.0 and 1.0.0. */
function nativeVersion(text) {
    const m = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?([-+][0-9A-Za-z.+-]*)?$/.exec(text.trim());
    const v = m ? semver_default().valid(`${m[1]}.${m[2] ?? 0}.${m[3] ?? 0}${m[4] ?? ''}`) : null;
    if (!v)
        throw new ProtocolError(400, 'invalid_version_build', `version_build "${text.slice(0, 50)}" is not a version such as 1.2.0. It is the native app's version; check the app's build settings or the plugin's "version" option.`);
    return v;
}
/** Validates the device fields every endpoint needs. */
function readDeviceInfo(body, options) {
    if (!body || typeof body !== 'object' || Array.isArray(body))
        throw new ProtocolError(400, 'invalid_body', 'The request body must be a JSON object.');
    const b = body;
    const app_id = protocol_str(b, 'app_id', true);
    if (!APP_ID.test(app_id))
        throw new ProtocolError(400, 'invalid_app_id', `app_id "${app_id.slice(0, 50)}" may only hold letters, digits, dots, dashes and underscores.`);
    const device_id = protocol_str(b, 'device_id', true);
    const info = {
        app_id,
        device_id,
        version_name: protocol_str(b, 'version_name', false) ?? 'builtin',
        version_build: protocol_str(b, 'version_build', options.needVersions) ?? '',
        version_code: protocol_str(b, 'version_code', false),
        version_os: protocol_str(b, 'version_os', false),
        platform: protocol_str(b, 'platform', false, 32),
        plugin_version: protocol_str(b, 'plugin_version', false, 64),
        custom_id: protocol_str(b, 'custom_id', false),
        defaultChannel: protocol_str(b, 'defaultChannel', false, 100),
        key_id: protocol_str(b, 'key_id', false, 64),
        channel: protocol_str(b, 'channel', false, 100)
    };
    for (const key of ['is_emulator', 'is_prod']) {
        const v = b[key];
        if (v !== undefined && v !== null && typeof v !== 'boolean')
            throw new ProtocolError(400, `invalid_${key}`, `"${key}" must be true or false.`);
        info[key] = v;
    }
    if (info.channel !== undefined && !CHANNEL.test(info.channel))
        throw new ProtocolError(400, 'invalid_channel', 'channel may only hold letters, digits, dots, dashes and underscores.');
    if (options.needVersions)
        nativeVersion(info.version_build);
    return info;
}
function isChannelName(text) {
    return CHANNEL.test(text);
}

;// CONCATENATED MODULE: ./src/core/serve/handler.ts





const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' };
const DOWNLOAD = /^\/download\/([A-Za-z0-9._-]{1,200})\/(artifacts|files)\/([0-9a-f]{64})(\.zip)?$/;
function json(status, body) {
    return { status, headers: JSON_HEADERS, body: JSON.stringify(body) };
}
function fail(status, error, message) {
    return json(status, { error, message });
}
/** A device is in a rollout when hash(device_id, version) mod 10000 < bps: cohorts only grow as bps rises. */
function inRollout(deviceId, version, percentageBps) {
    const bucket = (0,external_node_crypto_namespaceObject.createHash)('sha256').update(`${deviceId}:${version}`).digest().readUInt32BE(0) % 10000;
    return bucket < percentageBps;
}
function readBody(request, limit) {
    if (request.bodyTooLarge || (request.body && request.body.length > limit))
        throw new ProtocolError(413, 'body_too_large', `The body is larger than ${limit} bytes.`);
    if (!request.body || request.body.length === 0)
        throw new ProtocolError(400, 'invalid_body', 'The request has no body; send the JSON the plugin sends.');
    try {
        return JSON.parse(request.body.toString('utf8'));
    }
    catch {
        throw new ProtocolError(400, 'invalid_json', 'The body is not valid JSON.');
    }
}
/** Channel state read through a short-lived cache; bundle records are immutable and kept. */
class StoreView {
    store;
    ttl;
    channels = new Map();
    lists = new Map();
    bundles = new Map();
    overrides = new Map();
    deviceChannels = new Map();
    manifests = new Map();
    constructor(store, ttl) {
        this.store = store;
        this.ttl = ttl;
    }
    fresh(map, key, load) {
        const now = Date.now();
        const hit = map.get(key);
        if (hit && now - hit.at < this.ttl)
            return hit.value;
        const value = load();
        map.set(key, { at: now, value });
        value.catch(() => map.delete(key));
        return value;
    }
    channel(appId, name) {
        return this.fresh(this.channels, `${appId}\0${name}`, () => this.store.getChannel(appId, name));
    }
    channelNames(appId) {
        return this.fresh(this.lists, appId, () => this.store.listChannels(appId));
    }
    /** The device's own channel; most devices have none, known from one listing per TTL. */
    async deviceChannel(appId, deviceId) {
        const withOverride = await this.fresh(this.overrides, appId, async () => new Set(await this.store.listDevicesWithChannel(appId)));
        if (!withOverride.has(deviceId))
            return undefined;
        if (this.deviceChannels.size > 100_000)
            this.deviceChannels.clear();
        return this.fresh(this.deviceChannels, `${appId}\0${deviceId}`, () => this.store.getDeviceChannel(appId, deviceId));
    }
    /** A device changed its channel here: later requests of this instance see it at once. */
    forgetDevice(appId, deviceId) {
        this.overrides.delete(appId);
        this.deviceChannels.delete(`${appId}\0${deviceId}`);
    }
    /** The serialized `manifest` array of a bundle for one download base URL; bundles are immutable. */
    manifestJson(bundle, base) {
        const key = `${bundle.appId}\0${bundle.version}\0${base}`;
        let hit = this.manifests.get(key);
        if (hit === undefined) {
            if (this.manifests.size > 200)
                this.manifests.clear();
            const prefix = `${base}/download/${encodeURIComponent(bundle.appId)}/files/`;
            hit = JSON.stringify(bundle.manifest.map((f) => ({ file_name: f.path, file_hash: f.hashSignature ?? f.sha256, download_url: `${prefix}${f.blob ?? f.sha256}` })));
            this.manifests.set(key, hit);
        }
        return hit;
    }
    bundle(appId, version) {
        const key = `${appId}\0${version}`;
        let hit = this.bundles.get(key);
        if (!hit) {
            if (this.bundles.size > 5000)
                this.bundles.clear();
            hit = this.store.getBundle(appId, version);
            this.bundles.set(key, hit);
            hit.then((b) => { if (!b)
                this.bundles.delete(key); }, () => this.bundles.delete(key));
        }
        return hit;
    }
}
/**
 * The self-hosted update endpoint of @capgo/capacitor-updater as a standard
 * fetch handler (Request → Response): mount it in a serverless function or an
 * edge worker. All state lives in the store, so instances scale out.
 */
function createUpdateHandler(options) {
    const handle = createRawHandler(options);
    const limit = Math.max(options.maxBodyBytes ?? 64 * 1024, options.maxStatsBytes ?? 1024 * 1024);
    return async (request) => {
        const url = new URL(request.url);
        const { body, tooLarge } = await readLimited(request, limit);
        const raw = await handle({
            method: request.method,
            path: `${url.pathname}${url.search}`,
            origin: url.origin,
            header: (name) => request.headers.get(name) ?? undefined,
            body,
            bodyTooLarge: tooLarge
        });
        return new Response(raw.body ?? null, { status: raw.status, headers: raw.headers });
    };
}
async function readLimited(request, limit) {
    if (!request.body)
        return { tooLarge: false };
    if (Number(request.headers.get('content-length') ?? '0') > limit) {
        await request.body.cancel().catch(() => undefined);
        return { tooLarge: true };
    }
    const reader = request.body.getReader();
    const chunks = [];
    let size = 0;
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        size += value.byteLength;
        if (size > limit) {
            await reader.cancel().catch(() => undefined);
            return { tooLarge: true };
        }
        chunks.push(value);
    }
    return { body: Buffer.concat(chunks), tooLarge: false };
}
/** The protocol itself, on plain request/response objects (Node's http server uses it directly). */
function createRawHandler(options) {
    const view = new StoreView(options.store, options.cacheTtlMs ?? 1000);
    const defaultChannel = options.defaultChannel ?? 'production';
    const maxBody = options.maxBodyBytes ?? 64 * 1024;
    const maxStatsBytes = options.maxStatsBytes ?? 1024 * 1024;
    const maxStatsEvents = options.maxStatsEvents ?? 1000;
    const now = options.now ?? (() => new Date());
    async function requireApp(appId) {
        const names = await view.channelNames(appId);
        if (names.length === 0)
            throw new ProtocolError(404, 'app_not_found', `No channel of app "${appId}" is in this store. Release it with "otakit release" first, or check the appId in capacitor.config.`);
        return names;
    }
    /** The device's own channel (set through channel_self), else its defaultChannel, else the server's default. */
    async function channelFor(device, names) {
        const own = await view.deviceChannel(device.app_id, device.device_id);
        if (own && names.includes(own))
            return { name: own, override: true };
        if (device.defaultChannel && names.includes(device.defaultChannel))
            return { name: device.defaultChannel, override: false };
        if (names.includes(defaultChannel))
            return { name: defaultChannel, override: false };
        throw new ProtocolError(400, 'channel_not_found', `Neither the device's channel (${device.defaultChannel ?? 'none'}) nor the default channel "${defaultChannel}" exists for ${device.app_id}. Release to one of them, or start otakit serve with --default-channel.`);
    }
    function origin(request) {
        return (options.publicUrl ?? request.origin).replace(/\/$/, '');
    }
    async function updates(request) {
        const device = readDeviceInfo(readBody(request, maxBody), { needVersions: true });
        const names = await requireApp(device.app_id);
        const { name } = await channelFor(device, names);
        const channel = await view.channel(device.app_id, name);
        if (!channel)
            throw new ProtocolError(400, 'channel_not_found', `Channel "${name}" does not exist for ${device.app_id}.`);
        const settings = { ...DEFAULT_CHANNEL_SETTINGS, ...channel.settings };
        if (device.platform === 'ios' && !settings.ios)
            return fail(200, 'disabled_platform_ios', `Channel "${name}" does not serve iOS devices.`);
        if (device.platform === 'android' && !settings.android)
            return fail(200, 'disabled_platform_android', `Channel "${name}" does not serve Android devices.`);
        if (device.is_emulator && !settings.allowEmulator)
            return fail(200, 'disable_emulator', `Channel "${name}" does not serve emulators.`);
        if (device.is_prod === false && !settings.allowDev)
            return fail(200, 'disable_dev_build', `Channel "${name}" does not serve development builds.`);
        const build = nativeVersion(device.version_build);
        const candidates = [
            ...(channel.rollout && inRollout(device.device_id, channel.rollout.version, channel.rollout.percentageBps) ? [channel.rollout.version] : []),
            ...servedVersions(channel)
        ];
        let bundle;
        for (const version of candidates) {
            const b = await view.bundle(device.app_id, version);
            if (b && (!b.minNativeVersion || !semver_default().valid(b.minNativeVersion) || semver_default().lte(b.minNativeVersion, build))) {
                bundle = b;
                break;
            }
        }
        if (!bundle)
            return fail(200, 'no_new_version_available', `No bundle on "${name}" runs on native version ${build}; update the app from the store.`);
        if (bundle.version === device.version_name)
            return fail(200, 'no_new_version_available', `The device already runs ${bundle.version}, the newest bundle on "${name}" for it.`);
        const base = origin(request);
        const body = {
            version: bundle.version,
            url: `${base}/download/${encodeURIComponent(device.app_id)}/artifacts/${artifactOf(bundle)}.zip`,
            // Encrypted bundles: the plugin decrypts this signature with its public key to get the SHA-256.
            checksum: bundle.signature ?? bundle.checksum
        };
        if (bundle.sessionKey)
            body.session_key = bundle.sessionKey;
        let text = JSON.stringify(body);
        // The manifest can list thousands of files: serialize it once per bundle.
        if (bundle.manifest?.length)
            text = `${text.slice(0, -1)},"manifest":${view.manifestJson(bundle, base)}}`;
        return { status: 200, headers: JSON_HEADERS, body: text };
    }
    async function stats(request) {
        const body = readBody(request, maxStatsBytes);
        const list = Array.isArray(body) ? body : [body];
        if (list.length > maxStatsEvents)
            throw new ProtocolError(413, 'too_many_events', `At most ${maxStatsEvents} events per request; send them in smaller batches.`);
        if (list.length === 0)
            return json(200, { status: 'ok' });
        const byApp = new Map();
        for (const raw of list) {
            const device = readDeviceInfo(raw, { needVersions: false });
            const action = raw.action;
            if (typeof action !== 'string' || !/^[a-z_]{1,64}$/.test(action))
                throw new ProtocolError(400, 'invalid_action', 'Each event needs an "action" such as "set" or "download_fail".');
            const ts = raw.timestamp;
            const at = typeof ts === 'number' && Number.isFinite(ts) && ts > 0 ? new Date(ts) : now();
            const day = (Number.isNaN(at.getTime()) ? now() : at).toISOString().slice(0, 10);
            const oldVersion = raw.old_version_name;
            const event = {
                action, version_name: device.version_name, device_id: device.device_id, platform: device.platform,
                timestamp: at.getTime(), ...(typeof oldVersion === 'string' && oldVersion ? { old_version_name: oldVersion.slice(0, 256) } : {})
            };
            const days = byApp.get(device.app_id) ?? new Map();
            days.set(day, [...(days.get(day) ?? []), event]);
            byApp.set(device.app_id, days);
        }
        for (const appId of byApp.keys())
            await requireApp(appId);
        for (const [appId, days] of byApp) {
            for (const [day, events] of days)
                await options.store.appendStats(appId, day, events);
        }
        return json(200, { status: 'ok' });
    }
    async function channelSelf(request) {
        const query = () => Object.fromEntries(new URL(request.path, 'http://query').searchParams);
        if (request.method === 'GET') {
            const params = query();
            const device = readDeviceInfo({ ...params, is_emulator: undefined, is_prod: undefined }, { needVersions: false });
            const names = await requireApp(device.app_id);
            const list = [];
            for (const name of names) {
                const c = await view.channel(device.app_id, name);
                const s = { ...DEFAULT_CHANNEL_SETTINGS, ...c?.settings };
                list.push({ id: name, name, public: name === defaultChannel, allow_self_set: s.allowSelfSet });
            }
            return json(200, list);
        }
        const body = request.method === 'DELETE' && !request.body?.length ? query() : readBody(request, maxBody);
        const device = readDeviceInfo(body, { needVersions: false });
        const names = await requireApp(device.app_id);
        if (request.method === 'PUT') {
            const { name, override } = await channelFor(device, names);
            const c = await view.channel(device.app_id, name);
            return json(200, { channel: name, status: override ? 'override' : 'default', allowSet: ({ ...DEFAULT_CHANNEL_SETTINGS, ...c?.settings }).allowSelfSet });
        }
        view.forgetDevice(device.app_id, device.device_id);
        if (request.method === 'DELETE') {
            await options.store.putDeviceChannel(device.app_id, device.device_id, undefined);
            return json(200, { status: 'ok', message: 'Channel override removed.' });
        }
        // POST: the device picks its channel.
        const wanted = device.channel;
        if (!wanted || !isChannelName(wanted))
            throw new ProtocolError(400, 'missing_channel', 'Send the channel to use in "channel".');
        if (!names.includes(wanted))
            return fail(400, 'channel_not_found', `Channel "${wanted}" does not exist for ${device.app_id}.`);
        const c = await view.channel(device.app_id, wanted);
        if (!({ ...DEFAULT_CHANNEL_SETTINGS, ...c?.settings }).allowSelfSet)
            return fail(400, 'channel_set_from_device_not_allowed', `Channel "${wanted}" cannot be chosen by devices.`);
        if (wanted === defaultChannel) {
            await options.store.putDeviceChannel(device.app_id, device.device_id, undefined);
            return json(200, { status: 'ok', unset: true, message: `"${wanted}" is the default channel; the device's override was removed.` });
        }
        await options.store.putDeviceChannel(device.app_id, device.device_id, wanted);
        return json(200, { status: 'ok', message: `The device now follows "${wanted}".` });
    }
    async function download(request, appId, kind, sha) {
        const size = await options.store.statBlob(appId, kind, sha);
        if (size === undefined)
            return fail(404, 'not_found', 'No such bundle or file in the store.');
        const etag = `"${sha}"`;
        const headers = {
            'content-type': kind === 'artifacts' ? 'application/zip' : 'application/octet-stream',
            'cache-control': 'public, max-age=31536000, immutable',
            etag,
            'accept-ranges': 'bytes'
        };
        if (request.header('if-none-match') === etag)
            return { status: 304, headers };
        let range;
        const header = request.header('range');
        const m = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
        if (m && (m[1] || m[2])) {
            let start = m[1] ? Number(m[1]) : Math.max(0, size - Number(m[2]));
            let end = m[1] ? (m[2] ? Math.min(Number(m[2]), size - 1) : size - 1) : size - 1;
            if (!m[1] && Number(m[2]) === 0)
                start = size;
            if (start >= size || start > end) {
                return { status: 416, headers: { ...headers, 'content-range': `bytes */${size}` } };
            }
            end = Math.min(end, size - 1);
            range = { start, end };
        }
        const length = range ? range.end - range.start + 1 : size;
        headers['content-length'] = String(length);
        if (range)
            headers['content-range'] = `bytes ${range.start}-${range.end}/${size}`;
        const status = range ? 206 : 200;
        if (request.method === 'HEAD' || length === 0)
            return { status, headers };
        return { status, headers, body: options.store.readBlob(appId, kind, sha, range ?? { start: 0, end: size - 1 }) };
    }
    return async function handle(request) {
        try {
            const q = request.path.indexOf('?');
            const pathname = new URL(q < 0 ? request.path : request.path.slice(0, q), 'http://path').pathname;
            const method = request.method;
            if (pathname === '/updates')
                return method === 'POST' ? await updates(request) : fail(405, 'method_not_allowed', 'Use POST /updates.');
            if (pathname === '/stats')
                return method === 'POST' ? await stats(request) : fail(405, 'method_not_allowed', 'Use POST /stats.');
            if (pathname === '/channel_self') {
                return ['GET', 'PUT', 'POST', 'DELETE'].includes(method) ? await channelSelf(request) : fail(405, 'method_not_allowed', 'Use GET, PUT, POST or DELETE /channel_self.');
            }
            if (pathname === '/health')
                return json(200, { status: 'ok' });
            const d = DOWNLOAD.exec(pathname);
            if (d) {
                if (method !== 'GET' && method !== 'HEAD')
                    return fail(405, 'method_not_allowed', 'Downloads are GET or HEAD.');
                if ((d[2] === 'artifacts') !== Boolean(d[4]))
                    return fail(404, 'not_found', 'No such route.');
                return await download(request, d[1], d[2], d[3]);
            }
            return fail(404, 'not_found', 'No such route. The endpoint answers POST /updates, POST /stats, /channel_self and /download/….');
        }
        catch (error) {
            if (error instanceof ProtocolError)
                return fail(error.status, error.code, error.message);
            options.onError?.(error);
            return fail(500, 'server_error', 'The update server failed; see its log.');
        }
    };
}


;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
var external_node_http_default = /*#__PURE__*/__nccwpck_require__.n(external_node_http_namespaceObject);
;// CONCATENATED MODULE: ./src/core/serve/node-server.ts


/** Reads a request body into memory, giving up past `limit` bytes (the handler then answers 413). */
function node_server_readBody(req, limit) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        let size = 0;
        req.on('data', (chunk) => {
            size += chunk.length;
            if (size <= limit)
                chunks.push(chunk);
        });
        req.on('end', () => resolve(size > limit ? { tooLarge: true } : { body: chunks.length === 1 ? chunks[0] : Buffer.concat(chunks), tooLarge: false }));
        req.on('error', reject);
    });
}
/**
 * Serves the protocol with Node's http server, handing it plain objects (no
 * web Request/Response per call: they cost more than the protocol itself).
 */
function serveHandler(handler, options) {
    const limit = options.maxBodyBytes ?? 2 * 1024 * 1024;
    const server = external_node_http_default().createServer(async (req, res) => {
        try {
            const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
            const { body, tooLarge } = hasBody ? await node_server_readBody(req, limit) : { body: undefined, tooLarge: false };
            const response = await handler({
                method: req.method ?? 'GET',
                path: req.url ?? '/',
                origin: `http://${req.headers.host ?? `${options.host}:${options.port}`}`,
                header: (name) => {
                    const v = req.headers[name.toLowerCase()];
                    return Array.isArray(v) ? v.join(', ') : v;
                },
                body,
                bodyTooLarge: tooLarge
            });
            if (response.body === undefined || response.body === null) {
                res.writeHead(response.status, response.headers).end();
            }
            else if (typeof response.body === 'string') {
                res.writeHead(response.status, { ...response.headers, 'content-length': String(Buffer.byteLength(response.body)) }).end(response.body);
            }
            else {
                res.writeHead(response.status, response.headers);
                const stream = external_node_stream_namespaceObject.Readable.fromWeb(response.body);
                stream.on('error', (error) => {
                    options.onError?.(error);
                    res.destroy();
                });
                res.on('close', () => stream.destroy());
                stream.pipe(res);
            }
        }
        catch (error) {
            options.onError?.(error);
            if (!res.headersSent)
                res.writeHead(500, { 'content-type': 'application/json' });
            res.end(JSON.stringify({ error: 'server_error', message: 'The update server failed; see its log.' }));
        }
    });
    server.keepAliveTimeout = 65_000;
    return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.port, options.host, () => {
            const address = server.address();
            const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
            resolve({
                url: `http://${host}:${address.port}`,
                close: () => new Promise((r) => {
                    server.close(() => r());
                    server.closeAllConnections();
                })
            });
        });
    });
}

;// CONCATENATED MODULE: ./src/cli/reporter.ts
/** Logs go to stderr so stdout carries only the result (or the JSON object). */
class CliReporter {
    stream;
    verbose;
    secrets = new Set();
    constructor(stream, verbose = false) {
        this.stream = stream;
        this.verbose = verbose;
    }
    redact(text) {
        let out = text;
        for (const s of this.secrets)
            out = out.split(s).join('***');
        return out;
    }
    info(message) { this.stream.write(`${this.redact(message)}\n`); }
    warn(message) { this.stream.write(`warning: ${this.redact(message)}\n`); }
    debug(message) { if (this.verbose)
        this.stream.write(`debug: ${this.redact(message)}\n`); }
    async group(name, run) {
        this.stream.write(`▸ ${this.redact(name)}\n`);
        return run();
    }
    setSecret(value) {
        if (!value)
            return;
        this.secrets.add(value);
        this.secrets.add(Buffer.from(value).toString('base64'));
        this.secrets.add(encodeURIComponent(value));
    }
}

;// CONCATENATED MODULE: ./src/core/crypto/create-keys.ts





/**
 * Writes a new RSA-2048 key pair for capacitor-updater's encryption v2: the
 * private key with mode 0600 (where .gitignore should already cover it), the
 * public key next to it for the app's capacitor config.
 */
async function createKeys(runtime, options) {
    const dir = external_node_path_default().resolve(runtime.cwd, options.dir);
    const privateKeyPath = external_node_path_default().join(dir, 'private_key.pem');
    const publicKeyPath = external_node_path_default().join(dir, 'public_key.pem');
    if (!options.force && ((0,external_node_fs_namespaceObject.existsSync)(privateKeyPath) || (0,external_node_fs_namespaceObject.existsSync)(publicKeyPath))) {
        throw new ConfigurationError([`${privateKeyPath} already exists. Bundles released with it can only be read by apps holding its public key: keep it, or pass --force to replace it (then ship a store build with the new public key).`]);
    }
    const { privateKeyPem, publicKeyPem } = createKeyPair();
    for (const form of [privateKeyPem, privateKeyPem.trim()])
        runtime.reporter.setSecret(form);
    (0,external_node_fs_namespaceObject.mkdirSync)(dir, { recursive: true, mode: 0o700 });
    (0,external_node_fs_namespaceObject.writeFileSync)(privateKeyPath, privateKeyPem, { mode: 0o600 });
    (0,external_node_fs_namespaceObject.chmodSync)(privateKeyPath, 0o600);
    (0,external_node_fs_namespaceObject.writeFileSync)(publicKeyPath, publicKeyPem);
    const git = new Git(runtime.cwd, runtime.env);
    const ignored = await git.exec(['check-ignore', '-q', privateKeyPath], { allowFailure: true }).catch(() => ({ code: 1 }));
    const ignoredByGit = ignored.code === 0;
    if (!ignoredByGit) {
        runtime.reporter.warn(`${external_node_path_default().relative(runtime.cwd, privateKeyPath) || privateKeyPath} is not covered by .gitignore: add "${external_node_path_default().relative(runtime.cwd, dir) || dir}/" to .gitignore so the private key is never committed. Keep it in your CI's secret store.`);
    }
    return { privateKeyPath, publicKeyPath, publicKey: publicKeyPem, ignoredByGit, capacitorConfig: { plugins: { CapacitorUpdater: { publicKey: publicKeyPem } } } };
}

;// CONCATENATED MODULE: ./src/cli/main.ts















const COMMON = {
    json: { type: 'boolean' },
    cwd: { type: 'string' },
    config: { type: 'string' },
    store: { type: 'string' },
    'app-id': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
    verbose: { type: 'boolean' }
};
const CHANGES = { 'dry-run': { type: 'boolean' } };
const RELEASE = {
    ...CHANGES,
    channel: { type: 'string' },
    'web-dir': { type: 'string' },
    'build-command': { type: 'string' },
    'no-build': { type: 'boolean' },
    'tag-format': { type: 'string' },
    'default-branch': { type: 'string' },
    'allow-native-change': { type: 'boolean' },
    'min-native-version': { type: 'string' },
    'require-notify-app-ready': { type: 'boolean' },
    branch: { type: 'string' },
    tag: { type: 'string' },
    pr: { type: 'string' },
    'private-key': { type: 'string' },
    'sign-command': { type: 'string' },
    'public-key': { type: 'string' }
};
const BOOL_FLAGS = ['ios', 'android', 'allow-emulator', 'allow-dev', 'allow-self-set'];
const COMMANDS = {
    version: {
        summary: 'compute what a release would be right now (no build, no upload)',
        usage: 'otakit version [options]',
        options: { ...RELEASE },
        help: 'Finds the last release tag, reads the Conventional Commits since it and the rule for this branch or tag,\nand prints the next version and channel. Nothing is built or stored.'
    },
    release: {
        summary: 'plan by rule → build → pack → upload → move channel (the main job)',
        usage: 'otakit release [options]',
        options: { ...RELEASE, rollout: { type: 'string' } },
        help: 'Picks the rule for this branch/tag (tags → production, hotfix/* and release/* → beta, the default\nbranch → development), works out the version, builds the web app, packs it, stores it and moves\nthe channel. A tag on a commit that already shipped promotes those exact bytes.'
    },
    promote: {
        summary: 'point a channel at a bundle already in the store; no rebuild',
        usage: 'otakit promote --from <channel> --to <channel> [--version <version>] [options]',
        options: { ...CHANGES, from: { type: 'string' }, to: { type: 'string' }, version: { type: 'string' }, 'allow-native-change': { type: 'boolean' } },
        help: 'Points --to at the bundle --from serves (or at --version): the same stored bytes and checksum.'
    },
    rollback: {
        summary: 'move a channel back to its previous (or a named) bundle',
        usage: 'otakit rollback --channel <channel> [--to <version>] [options]',
        options: { ...CHANGES, channel: { type: 'string' }, to: { type: 'string' } },
        help: 'Moves the channel back one step in its history, or to --to <version>.'
    },
    rollout: {
        summary: 'change a progressive rollout: a new percentage, promote it, or abort it',
        usage: 'otakit rollout --channel <channel> (--percentage <percent> | --promote | --abort) [options]',
        options: { ...CHANGES, channel: { type: 'string' }, percentage: { type: 'string' }, promote: { type: 'boolean' }, abort: { type: 'boolean' } },
        help: 'A rollout (started with "otakit release --rollout <percent>") serves a new bundle to a share of the\nchannel\'s devices; the rest keep the stable bundle. Raising the percentage only adds devices.\n--promote serves it to everyone; --abort returns everyone to the stable bundle.'
    },
    channel: {
        summary: 'who may receive a channel: platforms, emulators, dev builds, self-assignment',
        usage: 'otakit channel --channel <channel> [--ios true|false] [--android true|false] [--allow-emulator true|false] [--allow-dev true|false] [--allow-self-set true|false]',
        options: { channel: { type: 'string' }, ...Object.fromEntries(BOOL_FLAGS.map((f) => [f, { type: 'string' }])) },
        help: 'Changes the settings otakit serve applies to a channel, and prints them. All are true by default.'
    },
    serve: {
        summary: 'the self-hosted update endpoint for @capgo/capacitor-updater',
        usage: 'otakit serve [--store <url>] [--port <n>] [--host <host>] [--default-channel <name>] [--public-url <url>]',
        options: { port: { type: 'string' }, host: { type: 'string' }, 'default-channel': { type: 'string' }, 'public-url': { type: 'string' }, 'cache-ttl': { type: 'string' } },
        help: 'Answers POST /updates, POST /stats, /channel_self and bundle downloads from the store, as\ncapacitor-updater\'s self-hosted mode expects. Point the plugin\'s updateUrl at <url>/updates,\nstatsUrl at <url>/stats and channelUrl at <url>/channel_self.'
    },
    keys: {
        summary: 'keys create: an RSA key pair for encrypted, signed bundles',
        usage: 'otakit keys create [--out <dir>] [--force]',
        options: { out: { type: 'string' }, force: { type: 'boolean' } },
        help: 'Writes an RSA-2048 key pair (PKCS#1 PEM) for capacitor-updater\'s encryption v2: the private key\n(mode 0600) and the public key in --out (default .otakit/keys), and prints the publicKey snippet\nfor capacitor.config. Refuses to overwrite without --force.'
    },
    status: {
        summary: 'channels, their current bundle and history',
        usage: 'otakit status [--channel <channel>] [options]',
        options: { channel: { type: 'string' } },
        help: 'Lists every channel of the app with the version it serves; with --channel, that channel\'s history.'
    },
    pack: {
        summary: 'the deterministic zip + checksum + per-file manifest only',
        usage: 'otakit pack [--web-dir <dir>] [--out <file>] [options]',
        options: { 'web-dir': { type: 'string' }, out: { type: 'string' }, 'require-notify-app-ready': { type: 'boolean' } },
        help: 'Packs the web directory into a zip whose bytes depend only on the files (sorted entries, fixed\ntimestamps and modes), and prints its SHA-256 and the per-file manifest. Nothing is built or stored.'
    }
};
const FLAG_HELP = {
    json: 'print one JSON object on stdout (logs go to stderr)',
    cwd: 'the app directory (default: current directory)',
    config: 'config file (default: otakit.config.json, or package.json "otakit")',
    store: 'where bundles live: a folder or file: URL (default .otakit/store)',
    'app-id': 'app id (default: appId of capacitor.config)',
    help: 'show this help',
    verbose: 'print debug output',
    'dry-run': 'show what would happen; change nothing',
    channel: 'channel to use instead of the rule\'s',
    'web-dir': 'built web directory (default: webDir of capacitor.config, else www)',
    'build-command': 'command that builds the web app (default: npm run build when package.json has it)',
    'no-build': 'skip the build; pack the web directory as it is',
    'tag-format': 'release tag format (default v${version})',
    'default-branch': 'the default branch (default: from CI or origin/HEAD, else main/master)',
    'allow-native-change': 'release even though native code changed; raises minNativeVersion',
    'min-native-version': 'lowest native app version that may receive this bundle',
    'require-notify-app-ready': 'fail (instead of warn) when no JS file calls notifyAppReady()',
    branch: 'branch to release as (default: from CI or git)',
    tag: 'tag to release as (default: from CI, or a release tag on HEAD)',
    pr: 'pull request number to release as',
    from: 'channel whose bundle to promote',
    to: 'target channel (promote) or version (rollback)',
    version: 'version of the bundle to promote',
    out: 'zip to write (default: bundle.zip)',
    rollout: 'serve the release to this percentage of the channel\'s devices (e.g. 10 or 12.5)',
    percentage: 'the new rollout percentage (only adds devices when raised)',
    promote: 'serve the rollout bundle to every device',
    abort: 'stop the rollout; every device gets the stable bundle',
    ios: 'serve iOS devices', android: 'serve Android devices', 'allow-emulator': 'serve emulators',
    'allow-dev': 'serve development (non-production) builds', 'allow-self-set': 'let devices pick this channel (channel_self)',
    port: 'port to listen on (default 8787)', host: 'address to listen on (default 127.0.0.1; 0.0.0.0 for all)',
    'default-channel': 'channel for devices that name none (default production)',
    'public-url': 'base URL devices download from, when behind a proxy or CDN',
    'cache-ttl': 'milliseconds channel state is reused before re-reading the store (default 1000)',
    'private-key': 'private key file (or OTAKIT_PRIVATE_KEY: the PEM, or base64 of it): encrypt and sign bundles',
    'sign-command': 'command that signs stdin with the private key (KMS/HSM), instead of --private-key',
    'public-key': 'public key file, for --sign-command when capacitor.config has no publicKey',
    force: 'replace existing keys'
};
function mainHelp() {
    const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
    return [
        'otakit — over-the-air live updates for Capacitor apps, from conventional commits to channels.',
        '',
        'Usage: otakit <command> [options]',
        '',
        'Commands:',
        ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
        '',
        'Every command takes --json, --cwd, --config, --store, --app-id and --help.',
        'Exit codes: 0 done (also unchanged/skipped), 1 failure, 2 bad usage or config, 3 native build needed.',
        'Run "otakit <command> --help" for its options.'
    ].join('\n');
}
function commandHelp(name) {
    const c = COMMANDS[name];
    const options = { ...c.options, ...COMMON };
    const width = Math.max(...Object.keys(options).map((o) => o.length + 2));
    return [
        `Usage: ${c.usage}`,
        '',
        c.help,
        '',
        'Options:',
        ...Object.entries(options).map(([o, spec]) => `  --${o}${spec.type === 'string' ? ' <value>' : ''}`.padEnd(width + 12) + (FLAG_HELP[o] ?? ''))
    ].join('\n');
}
function write(stream, text) {
    stream.write(text.endsWith('\n') ? text : `${text}\n`);
}
function formatRelease(r) {
    const head = `${r.status}${r.version ? ` ${r.version}` : ''}${r.channel ? ` → ${r.channel}` : ''}${r.previousVersion && r.previousVersion !== r.version ? ` (was ${r.previousVersion})` : ''}`;
    const rows = [
        ['app', r.appId], ['commit', r.commit ? r.commit.slice(0, 12) : null], ['rule', r.rule], ['bump', r.bump === 'none' ? null : r.bump],
        ['type', r.releaseType], ['size', r.size], ['checksum', r.checksum], ['bundle', r.bundleUrl]
    ];
    const lines = [head, `  ${r.message}`, ...rows.filter(([, v]) => v !== null && v !== '').map(([k, v]) => `  ${k.padEnd(9)}${v}`)];
    if (r.changelog)
        lines.push('', r.changelog);
    return lines.join('\n');
}
function formatStatus(s, detail) {
    if (s.channels.length === 0)
        return `No channels yet for ${s.appId} in ${s.store}. Run "otakit release" to create one.`;
    const rows = s.channels.map((c) => [c.name, c.version, String(c.revision), c.updatedAt.replace('T', ' ').slice(0, 19), c.commit?.slice(0, 7) ?? '', c.minNativeVersion ?? '-', String(c.history.length)]);
    const header = ['CHANNEL', 'VERSION', 'REV', 'UPDATED (UTC)', 'COMMIT', 'MIN NATIVE', 'HISTORY'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const fmt = (r) => r.map((v, i) => v.padEnd(widths[i])).join('  ').trimEnd();
    const lines = [`${s.appId} — ${s.store}`, fmt(header), ...rows.map(fmt)];
    for (const c of s.channels) {
        if (c.rollout)
            lines.push(`rollout on ${c.name}: ${c.rollout.version} to ${c.rollout.percentageBps / 100}% of devices (the rest get ${c.version})`);
        const off = Object.entries(c.settings).filter(([, v]) => !v).map(([k]) => k);
        if (off.length)
            lines.push(`${c.name} does not serve: ${off.join(', ')}`);
    }
    if (s.stats.length) {
        lines.push('', 'Device reports, last 30 days:', `  ${'VERSION'.padEnd(20)} ${'SET'.padStart(7)} ${'SET_FAIL'.padStart(9)} ${'UPD_FAIL'.padStart(9)} ${'DL_FAIL'.padStart(9)}  FAILURE RATE`);
        for (const v of s.stats)
            lines.push(`  ${v.version.padEnd(20)} ${String(v.set).padStart(7)} ${String(v.set_fail).padStart(9)} ${String(v.update_fail).padStart(9)} ${String(v.download_fail).padStart(9)}  ${(v.failureRate * 100).toFixed(1)}%`);
    }
    if (detail) {
        for (const c of s.channels) {
            lines.push('', `History of ${c.name} (newest first):`);
            for (const h of [...c.history].reverse()) {
                lines.push(`  ${h.at.replace('T', ' ').slice(0, 19)}  ${h.action.padEnd(13)}  ${h.version}${h.from ? ` (from ${h.from})` : ''}${h.percentageBps !== undefined ? ` (${h.percentageBps / 100}%)` : ''}${h.commit ? `  ${h.commit.slice(0, 7)}` : ''}`);
            }
        }
    }
    return lines.join('\n');
}
/** `otakit serve`: the update endpoint over the store, until SIGINT/SIGTERM. */
async function serve(settings, values, io, reporter) {
    const port = values.port === undefined ? 8787 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new ConfigurationError([`--port must be a port number (0-65535), got "${String(values.port)}".`]);
    const ttl = values['cache-ttl'] === undefined ? 1000 : Number(values['cache-ttl']);
    if (!Number.isFinite(ttl) || ttl < 0)
        throw new ConfigurationError([`--cache-ttl must be a number of milliseconds, got "${String(values['cache-ttl'])}".`]);
    const publicUrl = typeof values['public-url'] === 'string' ? values['public-url'] : undefined;
    if (publicUrl && !/^https?:\/\//.test(publicUrl))
        throw new ConfigurationError([`--public-url must start with http:// or https://, got "${publicUrl}".`]);
    const store = openStore(settings.store, settings.cwd);
    const handler = createRawHandler({
        store,
        defaultChannel: typeof values['default-channel'] === 'string' ? values['default-channel'] : undefined,
        publicUrl,
        cacheTtlMs: ttl,
        onError: (error) => reporter.warn(`request failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`)
    });
    const server = await serveHandler(handler, { port, host: typeof values.host === 'string' ? values.host : '127.0.0.1', onError: (e) => reporter.warn(String(e)) });
    const info = { url: server.url, store: store.url, updateUrl: `${server.url}/updates`, statsUrl: `${server.url}/stats`, channelUrl: `${server.url}/channel_self` };
    write(io.stdout, values.json ? JSON.stringify(info) : `otakit serve listening on ${server.url} (store ${store.url})\n  updateUrl  ${info.updateUrl}\n  statsUrl   ${info.statsUrl}\n  channelUrl ${info.channelUrl}`);
    await new Promise((resolve) => {
        const stop = () => resolve();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
    });
    await server.close();
    return 0;
}
function redactAll(text, env) {
    let out = text;
    for (const key of ['OTAKIT_PRIVATE_KEY', 'OTAKIT_API_KEY']) {
        const secret = env[key];
        if (secret)
            for (const form of secretForms(secret))
                out = out.split(form).join('***');
    }
    return out;
}
/** Runs one CLI invocation and returns its exit code. */
async function main(argv, io) {
    const [name, ...rest] = argv;
    if (!name || name === '--help' || name === '-h' || name === 'help') {
        write(io.stdout, mainHelp());
        return name ? 0 : 2;
    }
    if (name === '--version' || name === '-v') {
        write(io.stdout, '0.1.0');
        return 0;
    }
    const command = COMMANDS[name];
    const wantsJson = rest.includes('--json');
    const fail = (error) => {
        const code = exitCodeOf(error);
        const message = redactAll(error instanceof Error ? error.message : String(error), io.env);
        if (wantsJson)
            write(io.stdout, JSON.stringify({ status: 'failed', error: message, exitCode: code, ...(error instanceof OtakitError ? { kind: error.name } : {}) }));
        write(io.stderr, `error: ${message}`);
        if (!(error instanceof OtakitError) && error instanceof Error && error.stack)
            write(io.stderr, error.stack);
        return code;
    };
    if (!command)
        return fail(new ConfigurationError([`Unknown command "${name}". Commands: ${Object.keys(COMMANDS).join(', ')}. Run "otakit --help".`]));
    let args = rest;
    if (name === 'keys') {
        if (rest[0] !== 'create' && !rest.includes('--help') && !rest.includes('-h'))
            return fail(new ConfigurationError(['Usage: otakit keys create [--out <dir>] [--force]']));
        args = rest[0] === 'create' ? rest.slice(1) : rest;
    }
    let values;
    try {
        values = (0,external_node_util_namespaceObject.parseArgs)({ args, options: { ...command.options, ...COMMON }, allowPositionals: false, strict: true }).values;
    }
    catch (error) {
        return fail(new ConfigurationError([`${error.message}. Run "otakit ${name} --help" for its options.`]));
    }
    if (values.help) {
        write(io.stdout, commandHelp(name));
        return 0;
    }
    const json = Boolean(values.json);
    const reporter = new CliReporter(io.stderr, Boolean(values.verbose));
    // Secrets otakit may be handed are masked in everything it prints.
    for (const key of ['OTAKIT_PRIVATE_KEY', 'OTAKIT_API_KEY']) {
        const secret = io.env[key];
        if (secret)
            for (const form of secretForms(secret))
                reporter.setSecret(form);
    }
    const cwd = external_node_path_default().resolve(io.cwd, typeof values.cwd === 'string' ? values.cwd : '.');
    const runtime = { cwd, env: io.env, reporter, now: io.now ?? (() => new Date()) };
    const print = (value, human) => write(io.stdout, reporter.redact(json ? JSON.stringify(value) : human));
    try {
        if (name === 'keys') {
            const created = await createKeys(runtime, { dir: typeof values.out === 'string' ? values.out : external_node_path_default().join('.otakit', 'keys'), force: Boolean(values.force) });
            print(created, [
                `Private key: ${created.privateKeyPath} (mode 0600; never commit it; give it to CI as a secret)`,
                `Public key:  ${created.publicKeyPath}`,
                '',
                'Add this to capacitor.config.json, then ship a store build:',
                JSON.stringify(created.capacitorConfig, null, 2),
                '',
                'Release encrypted bundles with: otakit release --private-key ' + external_node_path_default().relative(cwd, created.privateKeyPath)
            ].join('\n'));
            return 0;
        }
        if (name === 'pack') {
            const flags = values;
            const webDir = typeof flags['web-dir'] === 'string' ? flags['web-dir'] : undefined;
            let dir = webDir;
            let exclude = [];
            if (!dir) {
                const settings = buildSettings({ ...flags, 'app-id': flags['app-id'] ?? 'pack.only' }, io.env, cwd);
                dir = settings.webDir;
                exclude = settings.exclude;
            }
            const out = external_node_path_default().resolve(cwd, typeof values.out === 'string' ? values.out : 'bundle.zip');
            const result = await packWebDir({ webDir: external_node_path_default().resolve(cwd, dir), out, exclude, requireNotifyAppReady: Boolean(values['require-notify-app-ready']), reporter });
            const { notifyAppReady: _n, ...shown } = result;
            print(shown, `${result.path}\n  files     ${result.files}\n  size      ${result.size}\n  checksum  ${result.checksum}`);
            return 0;
        }
        // serve answers every app in the store, so it needs no app id of its own.
        const flags = name === 'serve' ? { ...values, 'app-id': values['app-id'] ?? 'serve.all-apps' } : values;
        const settings = buildSettings(flags, io.env, cwd);
        if (name === 'version') {
            const plan = await planRelease(settings, runtime);
            const version = plan.action === 'skip' || plan.action === 'unchanged' ? null : plan.version ?? null;
            const out = {
                version,
                previousVersion: plan.last.version === '0.0.0' && plan.last.source === 'default' ? null : plan.last.version,
                bump: plan.action === 'skip' ? 'none' : plan.bump,
                channel: plan.channel ?? null,
                rule: plan.rule ?? null,
                commits: plan.analysis.commits,
                unparsed: plan.analysis.unparsed.length,
                unparsedCommits: plan.analysis.unparsed,
                lastRelease: plan.last,
                channelVersion: plan.channelRecord?.version ?? null,
                action: plan.action,
                reason: plan.reason,
                commit: plan.commit
            };
            const human = [
                version ? `${version} → ${out.channel}` : `no release: ${plan.reason}`,
                `  last release  ${plan.last.tag ?? `${plan.last.version} (${plan.last.source})`}`,
                `  bump          ${out.bump}${out.rule ? `  (rule: ${out.rule})` : ''}`,
                `  commits       ${out.commits}${out.unparsed ? `, ${out.unparsed} not conventional` : ''}`,
                ...(version ? [`  ${plan.reason}`] : [])
            ].join('\n');
            if (plan.analysis.unparsed.length)
                reporter.warn(`${plan.analysis.unparsed.length} commit(s) are not Conventional Commits and were not counted.`);
            print(out, human);
            return 0;
        }
        if (name === 'release') {
            const result = await release(settings, runtime);
            print(result, formatRelease(result));
            return result.status === 'native-required' ? 3 : 0;
        }
        if (name === 'promote') {
            if (typeof values.to !== 'string')
                throw new ConfigurationError(['promote needs --to <channel>. Example: otakit promote --from beta --to production']);
            if (typeof values.version === 'string' && !semver_default().valid(values.version))
                throw new ConfigurationError([`--version "${values.version}" is not a semantic version.`]);
            const result = await promote(settings, runtime, { from: values.from, to: values.to, version: values.version });
            print(result, formatRelease(result));
            return result.status === 'native-required' ? 3 : 0;
        }
        if (name === 'rollback') {
            if (typeof values.channel !== 'string')
                throw new ConfigurationError(['rollback needs --channel <channel>. Example: otakit rollback --channel production']);
            const result = await rollback(settings, runtime, { channel: values.channel, to: values.to });
            print(result, formatRelease(result));
            return 0;
        }
        if (name === 'rollout') {
            if (typeof values.channel !== 'string')
                throw new ConfigurationError(['rollout needs --channel <channel>. Example: otakit rollout --channel production --percentage 25']);
            let percentageBps;
            if (typeof values.percentage === 'string') {
                percentageBps = parsePercentage(values.percentage);
                if (percentageBps === undefined)
                    throw new ConfigurationError([`--percentage must be above 0 and at most 100 with up to two decimals, got "${values.percentage}".`]);
            }
            const result = await rollout(settings, runtime, { channel: values.channel, percentageBps, promote: Boolean(values.promote), abort: Boolean(values.abort) });
            print(result, formatRelease(result));
            return 0;
        }
        if (name === 'channel') {
            if (typeof values.channel !== 'string')
                throw new ConfigurationError(['channel needs --channel <channel>. Example: otakit channel --channel beta --allow-emulator false']);
            const changes = {};
            const problems = [];
            const keys = { ios: 'ios', android: 'android', 'allow-emulator': 'allowEmulator', 'allow-dev': 'allowDev', 'allow-self-set': 'allowSelfSet' };
            for (const flag of BOOL_FLAGS) {
                const v = values[flag];
                if (v === undefined)
                    continue;
                if (v === 'true' || v === 'false')
                    changes[keys[flag]] = v === 'true';
                else
                    problems.push(`--${flag} must be true or false, got "${String(v)}".`);
            }
            if (problems.length)
                throw new ConfigurationError(problems);
            const result = await configureChannel(settings, runtime, { channel: values.channel, changes });
            print(result, `${result.name}: ${Object.entries(result.settings).map(([k, v]) => `${k}=${v}`).join(' ')}`);
            return 0;
        }
        if (name === 'serve')
            return await serve(settings, values, io, reporter);
        const result = await commands_status(settings, { channel: values.channel, now: runtime.now() });
        print(result, formatStatus(result, typeof values.channel === 'string'));
        return 0;
    }
    catch (error) {
        return fail(error);
    }
}

;// CONCATENATED MODULE: ./src/cli/index.ts

main(process.argv.slice(2), { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr })
    .then((code) => { process.exitCode = code; })
    .catch((error) => {
    process.stderr.write(`error: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exitCode = 1;
});

