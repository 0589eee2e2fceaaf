import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 9379:
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
const { safeRe: re, t } = __nccwpck_require__(5471)
const cmp = __nccwpck_require__(8646)
const debug = __nccwpck_require__(1159)
const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)


/***/ }),

/***/ 6782:
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

const LRU = __nccwpck_require__(1383)
const cache = new LRU()

const parseOptions = __nccwpck_require__(356)
const Comparator = __nccwpck_require__(9379)
const debug = __nccwpck_require__(1159)
const SemVer = __nccwpck_require__(7163)
const trimComparatorWhitespace = __nccwpck_require__(9737)
const {
  safeRe: re,
  src,
  t,
  tildeTrimReplace,
  caretTrimReplace,
} = __nccwpck_require__(5471)
const { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = __nccwpck_require__(5101)

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

/***/ 7163:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const debug = __nccwpck_require__(1159)
const { MAX_LENGTH, MAX_SAFE_INTEGER } = __nccwpck_require__(5101)
const { safeRe: re, t } = __nccwpck_require__(5471)

const parseOptions = __nccwpck_require__(356)
const { compareIdentifiers } = __nccwpck_require__(3348)

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

/***/ 1799:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const clean = (version, options) => {
  const s = parse(version.trim().replace(/^[=v]+/, ''), options)
  return s ? s.version : null
}
module.exports = clean


/***/ }),

/***/ 8646:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const eq = __nccwpck_require__(5082)
const neq = __nccwpck_require__(4974)
const gt = __nccwpck_require__(6599)
const gte = __nccwpck_require__(1236)
const lt = __nccwpck_require__(3872)
const lte = __nccwpck_require__(6717)

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

/***/ 5385:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const parse = __nccwpck_require__(6353)
const { safeRe: re, t } = __nccwpck_require__(5471)

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

/***/ 7648:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const compareBuild = (a, b, loose) => {
  const versionA = new SemVer(a, loose)
  const versionB = new SemVer(b, loose)
  return versionA.compare(versionB) || versionA.compareBuild(versionB)
}
module.exports = compareBuild


/***/ }),

/***/ 6874:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const compareLoose = (a, b) => compare(a, b, true)
module.exports = compareLoose


/***/ }),

/***/ 8469:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const compare = (a, b, loose) =>
  new SemVer(a, loose).compare(new SemVer(b, loose))

module.exports = compare


/***/ }),

/***/ 711:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)

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

/***/ 5082:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const eq = (a, b, loose) => compare(a, b, loose) === 0
module.exports = eq


/***/ }),

/***/ 6599:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const gt = (a, b, loose) => compare(a, b, loose) > 0
module.exports = gt


/***/ }),

/***/ 1236:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const gte = (a, b, loose) => compare(a, b, loose) >= 0
module.exports = gte


/***/ }),

/***/ 2338:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)

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

/***/ 3872:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const lt = (a, b, loose) => compare(a, b, loose) < 0
module.exports = lt


/***/ }),

/***/ 6717:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const lte = (a, b, loose) => compare(a, b, loose) <= 0
module.exports = lte


/***/ }),

/***/ 8511:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const major = (a, loose) => new SemVer(a, loose).major
module.exports = major


/***/ }),

/***/ 2603:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const minor = (a, loose) => new SemVer(a, loose).minor
module.exports = minor


/***/ }),

/***/ 4974:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const neq = (a, b, loose) => compare(a, b, loose) !== 0
module.exports = neq


/***/ }),

/***/ 6353:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
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

/***/ 8756:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const patch = (a, loose) => new SemVer(a, loose).patch
module.exports = patch


/***/ }),

/***/ 5714:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const prerelease = (version, options) => {
  const parsed = parse(version, options)
  return (parsed && parsed.prerelease.length) ? parsed.prerelease : null
}
module.exports = prerelease


/***/ }),

/***/ 2173:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const rcompare = (a, b, loose) => compare(b, a, loose)
module.exports = rcompare


/***/ }),

/***/ 7192:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(7648)
const rsort = (list, loose) => list.sort((a, b) => compareBuild(b, a, loose))
module.exports = rsort


/***/ }),

/***/ 8011:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
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

/***/ 9872:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(7648)
const sort = (list, loose) => list.sort((a, b) => compareBuild(a, b, loose))
module.exports = sort


/***/ }),

/***/ 6114:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const constants = __nccwpck_require__(5101)
const SemVer = __nccwpck_require__(7163)

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

/***/ 8780:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const valid = (version, options) => {
  const v = parse(version, options)
  return v ? v.version : null
}
module.exports = valid


/***/ }),

/***/ 2088:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// just pre-load all the stuff that index.js lazily exports
const internalRe = __nccwpck_require__(5471)
const constants = __nccwpck_require__(5101)
const SemVer = __nccwpck_require__(7163)
const identifiers = __nccwpck_require__(3348)
const parse = __nccwpck_require__(6353)
const valid = __nccwpck_require__(8780)
const clean = __nccwpck_require__(1799)
const inc = __nccwpck_require__(2338)
const diff = __nccwpck_require__(711)
const major = __nccwpck_require__(8511)
const minor = __nccwpck_require__(2603)
const patch = __nccwpck_require__(8756)
const prerelease = __nccwpck_require__(5714)
const compare = __nccwpck_require__(8469)
const rcompare = __nccwpck_require__(2173)
const compareLoose = __nccwpck_require__(6874)
const compareBuild = __nccwpck_require__(7648)
const sort = __nccwpck_require__(9872)
const rsort = __nccwpck_require__(7192)
const gt = __nccwpck_require__(6599)
const lt = __nccwpck_require__(3872)
const eq = __nccwpck_require__(5082)
const neq = __nccwpck_require__(4974)
const gte = __nccwpck_require__(1236)
const lte = __nccwpck_require__(6717)
const cmp = __nccwpck_require__(8646)
const coerce = __nccwpck_require__(5385)
const truncate = __nccwpck_require__(6114)
const Comparator = __nccwpck_require__(9379)
const Range = __nccwpck_require__(6782)
const satisfies = __nccwpck_require__(8011)
const toComparators = __nccwpck_require__(4750)
const maxSatisfying = __nccwpck_require__(3193)
const minSatisfying = __nccwpck_require__(8595)
const minVersion = __nccwpck_require__(1866)
const validRange = __nccwpck_require__(4737)
const outside = __nccwpck_require__(280)
const gtr = __nccwpck_require__(2276)
const ltr = __nccwpck_require__(5213)
const intersects = __nccwpck_require__(3465)
const simplifyRange = __nccwpck_require__(2028)
const subset = __nccwpck_require__(1489)
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

/***/ 5101:
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

/***/ 1159:
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

/***/ 3348:
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

/***/ 1383:
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

/***/ 5471:
/***/ ((module, exports, __nccwpck_require__) => {



const {
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_LENGTH,
} = __nccwpck_require__(5101)
const debug = __nccwpck_require__(1159)
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

/***/ 9737:
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
} = __nccwpck_require__(5101)

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

/***/ 2276:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// Determine if version is greater than all the versions possible in the range.
const outside = __nccwpck_require__(280)
const gtr = (version, range, options) => outside(version, range, '>', options)
module.exports = gtr


/***/ }),

/***/ 3465:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const intersects = (r1, r2, options) => {
  r1 = new Range(r1, options)
  r2 = new Range(r2, options)
  return r1.intersects(r2, options)
}
module.exports = intersects


/***/ }),

/***/ 5213:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const outside = __nccwpck_require__(280)
// Determine if version is less than all the versions possible in the range
const ltr = (version, range, options) => outside(version, range, '<', options)
module.exports = ltr


/***/ }),

/***/ 3193:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)

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

/***/ 8595:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)
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

/***/ 1866:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)
const gt = __nccwpck_require__(6599)

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



const SemVer = __nccwpck_require__(7163)
const Comparator = __nccwpck_require__(9379)
const { ANY } = Comparator
const Range = __nccwpck_require__(6782)
const satisfies = __nccwpck_require__(8011)
const gt = __nccwpck_require__(6599)
const lt = __nccwpck_require__(3872)
const lte = __nccwpck_require__(6717)
const gte = __nccwpck_require__(1236)

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

/***/ 2028:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// given a set of versions and a range, create a "simplified" range
// that includes the same versions that the original range does
// If the original range is shorter than the simplified one, return that.
const satisfies = __nccwpck_require__(8011)
const compare = __nccwpck_require__(8469)
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

/***/ 1489:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const Comparator = __nccwpck_require__(9379)
const { ANY } = Comparator
const satisfies = __nccwpck_require__(8011)
const compare = __nccwpck_require__(8469)

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

/***/ 4750:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)

// Mostly just for testing and legacy API reasons
const toComparators = (range, options) =>
  new Range(range, options).set
    .map(comp => comp.map(c => c.value).join(' ').trim().split(' '))

module.exports = toComparators


/***/ }),

/***/ 4737:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
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


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

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
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
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
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
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
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
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
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  yI: () => (/* reexport */ FileStore),
  DG: () => (/* reexport */ createRawHandler),
  ol: () => (/* reexport */ createUpdateHandler),
  B5: () => (/* reexport */ inRollout),
  fA: () => (/* reexport */ knownStoreSchemes),
  Ch: () => (/* binding */ serve_openStore)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: ./src/core/errors.ts
/**
 * Typed errors carry what a user needs to fix the problem. Only the outermost
 * wrapper (CLI, GitHub Action, Azure task) turns them into an exit code.
 */
class CapflightError extends Error {
    details;
    /** Process exit code the wrappers use: 1 failure, 2 usage/config, 3 native build needed, 4 health gate refused. */
    exitCode = 1;
    constructor(message, details = {}) {
        super(message);
        this.details = details;
        // Bundlers may prefix class names (errors_ConfigurationError); the kind users see is the plain name.
        this.name = new.target.name.replace(/^.*_/, '');
    }
}
/** Bad flags, bad config, bad input that the user must correct. Exit 2. */
class errors_ConfigurationError extends CapflightError {
    problems;
    locations;
    exitCode = 2;
    /** `locations[i]` is where `problems[i]` is, when it is in a file. */
    constructor(problems, locations = []) {
        super(problems.length === 1 ? problems[0] : `Invalid configuration:\n  - ${problems.join('\n  - ')}`);
        this.problems = problems;
        this.locations = locations;
    }
}
class GitError extends (/* unused pure expression or super */ null && (CapflightError)) {
}
class BuildError extends (/* unused pure expression or super */ null && (CapflightError)) {
}
class PackError extends (/* unused pure expression or super */ null && (CapflightError)) {
}
class StoreError extends CapflightError {
}
class VersionError extends (/* unused pure expression or super */ null && (CapflightError)) {
}
/** The change touches native code or plugins, so it cannot ship over the air. Exit 3. */
class NativeChangeError extends (/* unused pure expression or super */ null && (CapflightError)) {
    exitCode = 3;
}
/** A health gate refused: the bundle is not proven as healthy as the one it would replace. Exit 4. */
class HealthGateError extends (/* unused pure expression or super */ null && (CapflightError)) {
    exitCode = 4;
}
/** A compare-and-swap or create-if-absent lost a race; the caller recomputes and retries. */
class ConflictError extends CapflightError {
}
const SYSTEM_ERRORS = {
    ENOSPC: { why: 'no space is left on its disk; free some space and run again', exitCode: 1 },
    EROFS: { why: 'it is on a read-only file system; choose a writable path', exitCode: 2 },
    ENOTDIR: { why: 'a part of the path is a file, not a folder; fix the path', exitCode: 2 },
    ENOENT: { why: 'it does not exist, or its folder does not; fix the path', exitCode: 2 },
    EISDIR: { why: 'it is a folder; name a file', exitCode: 2 },
    EACCES: { why: 'permission denied; choose a path this user may write, or fix its permissions', exitCode: 2 },
    EPERM: { why: 'the operation is not permitted there; choose another path', exitCode: 2 }
};
/**
 * An operating-system error on a path (ENOSPC, EROFS, ENOTDIR, ENOENT …) from the store or an
 * output file, as one line naming the path and the fix; other errors are returned as they are.
 */
function explainSystemError(error) {
    const e = error;
    const known = e && typeof e === 'object' && !(e instanceof CapflightError) && e.code ? SYSTEM_ERRORS[e.code] : undefined;
    if (!known || !e.path)
        return error;
    return new SystemPathError(`Cannot ${e.syscall ?? 'use'} ${e.path}: ${known.why} (${e.code}).`, known.exitCode, { path: e.path, code: e.code });
}
/** An operating-system error on a path, explained: exit 2 where the path is the user's to fix, 1 when the disk is full. */
class SystemPathError extends CapflightError {
    exitCode;
    constructor(message, exitCode, details) {
        super(message, details);
        this.exitCode = exitCode;
    }
}
function exitCodeOf(error) {
    return error instanceof CapflightError ? error.exitCode : 1;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(7075);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: ./node_modules/semver/functions/valid.js
var valid = __nccwpck_require__(8780);
var valid_default = /*#__PURE__*/__nccwpck_require__.n(valid);
;// CONCATENATED MODULE: ./src/core/names.ts


const PATTERNS = {
    channel: { pattern: /^[A-Za-z0-9][A-Za-z0-9._-]*$/, max: 100, hint: 'letters, digits, dots, dashes and underscores, starting with a letter or digit (like beta or pr-12)' },
    appId: { pattern: /^[A-Za-z0-9][A-Za-z0-9._-]*$/, max: 200, hint: 'letters, digits, dots, dashes and underscores, starting with a letter or digit (like com.example.app)' },
    deviceId: { pattern: /^[A-Za-z0-9][A-Za-z0-9._:-]*$/, max: 128, hint: 'letters, digits, dots, colons, dashes and underscores (capacitor-updater sends a UUID)' }
};
const LABELS = { channel: 'Channel', appId: 'App id', version: 'Version', deviceId: 'Device id' };
/** What is wrong with `value` as a name of this kind, or undefined when it is fine. */
function nameProblem(kind, value, where = LABELS[kind]) {
    const shown = JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
    if (kind === 'version') {
        if (value.length > 128 || valid_default()(value) !== value)
            return `${where} ${shown} is not a semantic version such as 1.4.3 or 1.5.0-beta.2.`;
        return undefined;
    }
    const rule = PATTERNS[kind];
    if (value.length === 0)
        return `${where} is empty: give ${rule.hint}.`;
    if (value.length > rule.max || !rule.pattern.test(value))
        return `${where} ${shown} may only hold ${rule.hint}, at most ${rule.max} characters.`;
    return undefined;
}
function isValidName(kind, value) {
    return typeof value === 'string' && nameProblem(kind, value) === undefined;
}
/** Checks several names at once and throws one ConfigurationError listing every problem. */
function assertNames(names) {
    const problems = names.flatMap(([kind, value, where]) => {
        const problem = value === undefined ? undefined : nameProblem(kind, value, where);
        return problem ? [problem] : [];
    });
    if (problems.length)
        throw new ConfigurationError(problems);
}
/**
 * A store key part (a folder or file name below the store root) must be a plain name: no path
 * separators, no `.` or `..`, nothing that is not printable ASCII (`=` is allowed for Hive-style
 * partitions such as `day=2026-12-02`). Every backend checks this.
 */
function isPlainKeyPart(part) {
    return part.length > 0 && part.length <= 255 && part !== '.' && part !== '..' && /^[A-Za-z0-9._%+:=-]+$/.test(part);
}

;// CONCATENATED MODULE: ./src/core/store/keys.ts


/**
 * The parts of a store key below the store root, each refused unless it is a plain name.
 * Names are validated where they enter (settings, the HTTP handler); this is the second
 * line of defence, so no backend ever joins a path or key that could leave its app.
 */
function appKeyParts(appId, parts) {
    for (const part of [appId, ...parts]) {
        if (!isPlainKeyPart(part))
            throw new StoreError(`Refusing store key part ${JSON.stringify(part.slice(0, 80))} of app ${JSON.stringify(appId.slice(0, 80))}: store keys are plain names (letters, digits, . _ - + % :), never paths.`);
    }
    return ['apps', appId, ...parts];
}

;// CONCATENATED MODULE: ./src/core/store/file-store.ts









const LOCK_STALE_MS = 30_000;
async function sha256File(file) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of (0,external_node_fs_.createReadStream)(file))
        hash.update(chunk);
    return hash.digest('hex');
}
function tempName(target) {
    return `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
}
async function readJsonFile(file) {
    try {
        return JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw new StoreError(`Cannot read ${file}: ${error.message}. The store may be damaged; restore the file from a backup.`);
    }
}
/**
 * The embedded store: a folder (default `.capflight/store`). Atomic renames,
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
        return external_node_path_default().join(this.root, ...appKeyParts(appId, parts));
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
            await (0,promises_.stat)(this.blobPath(appId, kind, sha256));
            return true;
        }
        catch {
            return false;
        }
    }
    async putBlob(appId, kind, sha256, source) {
        const target = this.blobPath(appId, kind, sha256);
        const size = (await (0,promises_.stat)(source)).size;
        try {
            if ((await (0,promises_.stat)(target)).size === size)
                return false;
        }
        catch { /* absent: write it */ }
        await ensureDir(external_node_path_default().dirname(target));
        const temp = tempName(target);
        try {
            await (0,promises_.copyFile)(source, temp);
            const written = await sha256File(temp);
            if (written !== sha256 || (await (0,promises_.stat)(temp)).size !== size) {
                throw new StoreError(`Stored copy of ${external_node_path_default().basename(source)} does not match its checksum (${written} ≠ ${sha256}). Check the disk and run again.`);
            }
            await (0,promises_.rename)(temp, target);
            return true;
        }
        finally {
            await (0,promises_.rm)(temp, { force: true });
        }
    }
    async createBundle(record) {
        const target = this.app(record.appId, 'bundles', `${encodeURIComponent(record.version)}.json`);
        await ensureDir(external_node_path_default().dirname(target));
        const temp = tempName(target);
        await (0,promises_.writeFile)(temp, `${JSON.stringify(record, null, 2)}\n`);
        try {
            // link() fails if the target exists: an atomic create-if-absent of a complete file.
            await (0,promises_.link)(temp, target);
            return true;
        }
        catch (error) {
            if (error.code === 'EEXIST')
                return false;
            throw new StoreError(`Cannot write ${target}: ${error.message}`);
        }
        finally {
            await (0,promises_.unlink)(temp).catch(() => undefined);
        }
    }
    async getBundle(appId, version) {
        return readJsonFile(this.app(appId, 'bundles', `${encodeURIComponent(version)}.json`));
    }
    async listBundleVersions(appId) {
        return (await this.list(this.app(appId, 'bundles'))).map((n) => decodeURIComponent(n));
    }
    async getChannel(appId, name) {
        return readJsonFile(this.app(appId, 'channels', `${name}.json`));
    }
    async listChannels(appId) {
        return this.list(this.app(appId, 'channels'));
    }
    async listApps() {
        try {
            const entries = await (0,promises_.readdir)(external_node_path_default().join(this.root, 'apps'), { withFileTypes: true });
            return entries.filter((e) => e.isDirectory() && isValidName('appId', e.name)).map((e) => e.name).sort();
        }
        catch (error) {
            if (error.code === 'ENOENT')
                return [];
            throw error;
        }
    }
    async list(dir) {
        try {
            return (await (0,promises_.readdir)(dir)).filter((n) => n.endsWith('.json')).map((n) => n.slice(0, -5)).sort();
        }
        catch (error) {
            if (error.code === 'ENOENT')
                return [];
            throw error;
        }
    }
    async putChannel(appId, record, expectedRevision) {
        const target = this.app(appId, 'channels', `${record.name}.json`);
        await ensureDir(external_node_path_default().dirname(target));
        const release = await this.lock(`${target}.lock`);
        try {
            const current = await readJsonFile(target);
            if (current?.revision !== expectedRevision)
                return false;
            const temp = tempName(target);
            await (0,promises_.writeFile)(temp, `${JSON.stringify(record, null, 2)}\n`);
            await (0,promises_.rename)(temp, target);
            return true;
        }
        finally {
            await release();
        }
    }
    async statBlob(appId, kind, sha256) {
        try {
            return (await (0,promises_.stat)(this.blobPath(appId, kind, sha256))).size;
        }
        catch {
            return undefined;
        }
    }
    readBlob(appId, kind, sha256, range) {
        const stream = (0,external_node_fs_.createReadStream)(this.blobPath(appId, kind, sha256), range ? { start: range.start, end: range.end } : {});
        return external_node_stream_.Readable.toWeb(stream);
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
            await (0,promises_.rm)(target, { force: true });
            return;
        }
        await ensureDir(external_node_path_default().dirname(target));
        const temp = tempName(target);
        await (0,promises_.writeFile)(temp, JSON.stringify({ channel, updatedAt: new Date().toISOString() }));
        await (0,promises_.rename)(temp, target);
    }
    async putTelemetry(appId, parts, body) {
        const target = this.app(appId, 'telemetry', ...parts);
        await ensureDir(external_node_path_default().dirname(target));
        const temp = tempName(target);
        await (0,promises_.writeFile)(temp, body);
        await (0,promises_.rename)(temp, target);
    }
    async listTelemetry(appId, parts) {
        try {
            return (await (0,promises_.readdir)(this.app(appId, 'telemetry', ...parts))).filter((n) => !n.endsWith('.tmp')).sort();
        }
        catch (error) {
            if (error.code === 'ENOENT' || error.code === 'ENOTDIR')
                return [];
            throw error;
        }
    }
    async readTelemetry(appId, parts) {
        try {
            return await (0,promises_.readFile)(this.app(appId, 'telemetry', ...parts), 'utf8');
        }
        catch (error) {
            if (error.code === 'ENOENT')
                return undefined;
            throw error;
        }
    }
    async deleteTelemetry(appId, parts) {
        await (0,promises_.rm)(this.app(appId, 'telemetry', ...parts), { force: true });
    }
    async listBlobs(appId, kind) {
        const dir = this.app(appId, kind);
        let names;
        try {
            names = await (0,promises_.readdir)(dir);
        }
        catch {
            return [];
        }
        const blobs = [];
        for (const name of names) {
            const sha256 = kind === 'artifacts' ? name.replace(/\.zip$/, '') : name;
            if (!/^[0-9a-f]{64}$/.test(sha256) || (kind === 'artifacts' && !name.endsWith('.zip')))
                continue;
            const s = await (0,promises_.stat)(external_node_path_default().join(dir, name));
            blobs.push({ sha256, size: s.size, modifiedAt: s.mtime });
        }
        return blobs;
    }
    async deleteBlob(appId, kind, sha256) {
        await (0,promises_.rm)(this.blobPath(appId, kind, sha256), { force: true });
    }
    async deleteBundle(appId, version) {
        await (0,promises_.rm)(this.app(appId, 'bundles', `${encodeURIComponent(version)}.json`), { force: true });
    }
    /** An exclusive lock file; one left by a killed process is taken over once stale. */
    async lock(file) {
        for (let attempt = 0;; attempt++) {
            try {
                const handle = await (0,promises_.open)(file, 'wx');
                await handle.writeFile(String(process.pid));
                await handle.close();
                return () => (0,promises_.unlink)(file).catch(() => undefined);
            }
            catch (error) {
                if (error.code !== 'EEXIST')
                    throw error;
                try {
                    if (Date.now() - (await (0,promises_.stat)(file)).mtimeMs > LOCK_STALE_MS)
                        await (0,promises_.unlink)(file);
                }
                catch { /* released meanwhile */ }
                if (attempt > 2000)
                    throw new StoreError(`Channel lock ${file} is held for too long. If no capflight is running, delete the file.`);
                await new Promise((r) => setTimeout(r, 5 + Math.random() * 20));
            }
        }
    }
}
/**
 * Creates a folder and its missing parents one level at a time, so a path that cannot be created
 * (under /proc, below a file, on a read-only disk) fails at once with the path named, where a
 * recursive mkdir can spin on some file systems.
 */
const made = new Set();
async function ensureDir(dir) {
    if (made.has(dir))
        return;
    const missing = [];
    let existing = dir;
    for (;;) {
        const info = await (0,promises_.stat)(existing).catch((error) => (error.code === 'ENOENT' ? undefined : Promise.reject(error)));
        if (info) {
            if (!info.isDirectory())
                throw new errors_ConfigurationError([`Cannot create the store folder ${dir}: ${existing} is a file, not a folder. Use another --store.`]);
            break;
        }
        missing.unshift(existing);
        const parent = external_node_path_default().dirname(existing);
        if (parent === existing)
            break;
        existing = parent;
    }
    for (const level of missing) {
        try {
            await (0,promises_.mkdir)(level);
        }
        catch (error) {
            const code = error.code;
            if (code === 'EEXIST')
                continue;
            const why = code === 'EROFS' ? 'the file system is read-only' : code === 'ENOSPC' ? 'the disk is full' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : 'this path cannot hold folders';
            const message = `Cannot create the store folder ${level} (${code}): ${why}. Use another --store.`;
            throw code === 'ENOSPC' ? new StoreError(message) : new errors_ConfigurationError([message]);
        }
    }
    made.add(dir);
}

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/core/product.ts

/** The product's own version, taken from package.json at build time. */
const PRODUCT_VERSION = package_namespaceObject.rE;
/** The User-Agent capflight sends to every service it calls. */
const USER_AGENT = `capflight/${PRODUCT_VERSION}`;

;// CONCATENATED MODULE: ./src/core/net/retry.ts

const DEFAULT_RETRY = { attempts: 6, baseDelayMs: 200, maxDelayMs: 10_000, timeoutMs: 30_000 };
/** Exponential backoff with full jitter: a random wait in [0, min(cap, base·2^attempt)]. */
function backoffDelay(attempt, policy, random = Math.random) {
    return Math.round(random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt));
}
/** Retry-After as seconds or an HTTP date, in milliseconds; undefined when absent or unreadable. */
function retryAfterMs(header, now = Date.now()) {
    if (!header)
        return undefined;
    if (/^\d+$/.test(header.trim()))
        return Number(header.trim()) * 1000;
    const at = Date.parse(header);
    return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
/** Statuses worth another try: the server may answer differently next time. */
function isRetryableStatus(status) {
    return status >= 500 || status === 429 || status === 408;
}
const SYSTEM_CLOCK = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    timeout: (ms) => AbortSignal.timeout(ms)
};
/**
 * fetch with retries on network errors, timeouts, 5xx, 408 and 429 (waiting what
 * Retry-After asks, capped); any other answer, 4xx included, is returned at once.
 * Only for requests that are safe to repeat (reads, idempotent writes).
 */
async function fetchWithRetry(url, init = {}, policy = DEFAULT_RETRY, onRetry, clock = SYSTEM_CLOCK) {
    const headers = new Headers(init.headers);
    if (!headers.has('user-agent'))
        headers.set('user-agent', USER_AGENT);
    for (let attempt = 1;; attempt++) {
        let wait;
        let reason;
        try {
            const response = await fetch(url, { ...init, headers, signal: clock.timeout(policy.timeoutMs) });
            if (!isRetryableStatus(response.status) || attempt >= policy.attempts)
                return response;
            await response.body?.cancel();
            reason = `HTTP ${response.status}`;
            wait = Math.min(retryAfterMs(response.headers.get('retry-after'), clock.now()) ?? backoffDelay(attempt, policy), policy.maxDelayMs * 6);
        }
        catch (error) {
            if (attempt >= policy.attempts)
                throw error;
            const name = error.name;
            reason = name === 'TimeoutError' || name === 'AbortError' ? `no answer within ${policy.timeoutMs / 1000} s` : String(error.cause ?? error.message);
            wait = backoffDelay(attempt, policy);
        }
        onRetry?.(`${init.method ?? 'GET'} ${new URL(url).pathname} failed (${reason}); retrying in ${(wait / 1000).toFixed(1)} s (attempt ${attempt + 1} of ${policy.attempts})`);
        await clock.sleep(wait);
    }
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
;// CONCATENATED MODULE: ./src/core/store/capgo-cli.ts


/** The Capgo CLI release capflight is tested with; `npx` fetches exactly this one. */
const CAPGO_CLI_VERSION = '8.68.1';
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;?]*[A-Za-z]/g;
/** The Capgo CLI's lines without colours and the box-drawing gutter. */
function cleanCapgoLine(line) {
    return line.replace(ANSI, '').replace(/^[│┌└◇●■▲◆\s]+/u, '').trim();
}
/** Turns what a failed Capgo CLI printed into an error that says what to do. */
function explainCapgoFailure(output, code, appId) {
    const errors = output.filter((l) => /^(■|\u001b\[[0-9;]*m■)/u.test(l.replace(ANSI, '').replace(/^│\s*/, ''))).map(cleanCapgoLine);
    const lines = output.map(cleanCapgoLine).filter(Boolean);
    const said = (errors.length ? errors : lines.slice(-5)).filter((l, i, all) => all.indexOf(l) === i).join(' / ');
    const text = lines.join('\n');
    if (/invalid api ?key|cannot check 2fa compliance|invalid apikey|apikey.*(not found|invalid)/i.test(text)) {
        return new StoreError(`Capgo rejected the API key. Check CAPFLIGHT_API_KEY (or the api-key input); keys are listed at https://console.capgo.app/dashboard/apikeys. Capgo said: ${said}`);
    }
    if (/Bundle uploaded/.test(text)) {
        return new StoreError(`Capgo stored the bundle but the channel move failed. Run the release again: capflight finds the uploaded bundle and moves the channel (if it keeps failing, check that the key may set channels: "all" mode). Capgo said: ${said}`);
    }
    if (/permission app\.upload_bundle|required RBAC permission|not allowed to upload|mode.*(read)/i.test(text)) {
        return new StoreError(`This Capgo API key may not upload bundles for ${appId}. Use a key in "all" or "upload" mode that covers the app. Capgo said: ${said}`);
    }
    if (/does not exist, run first .*app add/i.test(text)) {
        return new StoreError(`App ${appId} does not exist in Capgo. Add it with "npx @capgo/cli app add ${appId}", or fix appId. Capgo said: ${said}`);
    }
    return new StoreError(`The Capgo CLI failed (exit ${code ?? 'signal'}): ${said || 'no output'}. Nothing was moved; fix the cause and run the release again.`);
}
/** Runs the Capgo CLI; its output goes to `onOutput`, a failure becomes a StoreError. */
function runCapgoCli(options) {
    const [command, args] = options.entry
        ? [process.execPath, [options.entry, ...options.args]]
        : ['npx', ['--yes', `@capgo/cli@${CAPGO_CLI_VERSION}`, ...options.args]];
    const appId = options.args[2] ?? '';
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(command, args, {
            cwd: options.cwd,
            // The key travels in the environment the Capgo CLI reads, not on a command line others can see.
            env: { ...options.env, CAPGO_TOKEN: options.apiKey, CI: options.env.CI ?? 'true', NO_COLOR: '1', FORCE_COLOR: '0' },
            stdio: ['ignore', 'pipe', 'pipe']
        });
        const output = [];
        const collect = (chunk, rest) => {
            rest.text += chunk.toString('utf8');
            const lines = rest.text.split(/\r?\n/);
            rest.text = lines.pop();
            for (const line of lines) {
                output.push(line);
                const clean = cleanCapgoLine(line);
                if (clean)
                    options.onOutput?.(`capgo: ${clean}`);
            }
        };
        const out = { text: '' };
        const err = { text: '' };
        child.stdout.on('data', (c) => collect(c, out));
        child.stderr.on('data', (c) => collect(c, err));
        child.on('error', (error) => reject(new StoreError(`Could not start the Capgo CLI (${command}): ${error.message}. Install Node.js with npx, or point CAPFLIGHT_CAPGO_CLI at a Capgo CLI ${CAPGO_CLI_VERSION} entry script.`)));
        child.on('close', (code) => {
            for (const rest of [out, err])
                if (rest.text)
                    output.push(rest.text);
            if (code === 0)
                resolve(output);
            else
                reject(explainCapgoFailure(output, code, appId));
        });
    });
}

;// CONCATENATED MODULE: ./src/core/store/types.ts
/** The blob holding a bundle's zip. */
function artifactOf(bundle) {
    return bundle.artifact ?? bundle.checksum;
}
const DEFAULT_CHANNEL_SETTINGS = { ios: true, android: true, allowEmulator: true, allowDev: true, allowSelfSet: false };
/** A channel's settings in full: what it stores over the defaults (older records store none). */
function channelSettings(channel) {
    return { ...DEFAULT_CHANNEL_SETTINGS, ...channel?.settings };
}

;// CONCATENATED MODULE: ./src/core/store/capgo-store.ts





const CLOUD_API = 'https://api.capgo.app';
const API_KEYS_PAGE = 'https://console.capgo.app/dashboard/apikeys';
const PAGE_SIZE = 50;
function parseCapgoUrl(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        throw new errors_ConfigurationError([`Store URL "${url}" is not a URL. Use capgo: for Capgo Cloud.`]);
    }
    if (parsed.pathname || parsed.host)
        throw new errors_ConfigurationError([`Store URL "${url}" has a path; Capgo stores take none. Use capgo: (Capgo Cloud) or capgo:?supaHost=<url>&supaAnon=<key> (self-hosted Capgo).`]);
    const q = parsed.searchParams;
    for (const key of q.keys()) {
        if (!['supaHost', 'supaAnon', 'externalStore', 'externalUrl'].includes(key)) {
            throw new errors_ConfigurationError([`Store URL parameter "${key}" is unknown. Known: supaHost and supaAnon (a self-hosted Capgo), externalStore and externalUrl (bundles in your own storage).`]);
        }
    }
    const supaHost = q.get('supaHost')?.replace(/\/+$/, '') || undefined;
    const supaAnon = q.get('supaAnon') || undefined;
    if (Boolean(supaHost) !== Boolean(supaAnon))
        throw new errors_ConfigurationError([`Store URL "${url}": a self-hosted Capgo needs both supaHost and supaAnon.`]);
    const externalStore = q.get('externalStore') || undefined;
    const externalUrl = q.get('externalUrl')?.replace(/\/+$/, '') || undefined;
    if (Boolean(externalStore) !== Boolean(externalUrl)) {
        throw new errors_ConfigurationError([`Store URL "${url}": external bundles need both externalStore (where capflight writes them, e.g. s3://bucket/prefix) and externalUrl (the https:// address devices download that store's files from).`]);
    }
    if (externalUrl && !externalUrl.startsWith('https://'))
        throw new errors_ConfigurationError([`externalUrl "${externalUrl}" must start with https://: Capgo only registers bundles served over HTTPS.`]);
    if (externalStore && /^capgo:/i.test(externalStore))
        throw new errors_ConfigurationError(['externalStore must be a file: or s3:// store, not capgo:.']);
    // A self-hosted Capgo serves its public API from the Supabase functions, as the Capgo CLI assumes.
    return {
        apiBase: supaHost ? `${supaHost}/functions/v1` : CLOUD_API, supaHost, supaAnon,
        ...(externalStore && externalUrl ? { external: { store: externalStore, url: externalUrl } } : {})
    };
}
// capflight's own facts ride in the bundle comment, after the changelog, as trailers.
const COMMIT_TRAILER = /^capflight-commit: ([0-9a-f]{7,40})$/m;
const PACK_TRAILER = /^capflight-pack: ([0-9a-f]{64})$/m;
const NATIVE_TRAILER = /^capflight-native: (\{.*\})$/m;
function bundleComment(request) {
    return `${request.changelog.trim()}\n\ncapflight-commit: ${request.commit}\ncapflight-pack: ${request.packChecksum}\ncapflight-native: ${JSON.stringify(request.fingerprint)}`;
}
function pluginsFingerprint(packages) {
    const plugins = Object.fromEntries(packages.map((p) => [p.name, p.version]).sort(([a], [b]) => (a < b ? -1 : 1)));
    return { digest: `plugins-${(0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(plugins)).digest('hex').slice(0, 24)}`, plugins, pluginsOnly: true };
}
/**
 * Capgo Cloud (or a self-hosted Capgo) as a store: reads and channel moves through the
 * public REST API; uploads through the official Capgo CLI, which packs and keeps the bytes
 * itself — or, with an external store, capflight's own zip stored there and registered in Capgo
 * as an external bundle. Devices update from Capgo, so `capflight serve` does not read this store.
 * The API has no compare-and-swap; a channel move re-reads the channel first.
 */
class CapgoStore {
    location;
    apiKey;
    env;
    onProgress;
    cli;
    external;
    url;
    bundleCache = new Map();
    apps = new Map();
    constructor(location, apiKey, env, onProgress, cli = {}, 
    /** With external bundles: the store that holds their bytes and capflight's full records. */
    external) {
        this.location = location;
        this.apiKey = apiKey;
        this.env = env;
        this.onProgress = onProgress;
        this.cli = cli;
        this.external = external;
        this.url = location.supaHost ? `capgo:?supaHost=${location.supaHost}` : 'capgo:';
    }
    externalStore() {
        if (!this.external)
            throw new StoreError('Capgo keeps the bytes of its bundles itself; capflight cannot address them here.');
        return this.external;
    }
    key() {
        if (!this.apiKey) {
            throw new errors_ConfigurationError([`The capgo: store needs a Capgo API key: pass --api-key, set CAPFLIGHT_API_KEY (or CAPGO_TOKEN), or the api-key input. Create one at ${API_KEYS_PAGE}.`]);
        }
        return this.apiKey;
    }
    /**
     * One public-API call, retried on network errors, 5xx and 429; other failures become errors
     * that say what to do, except answers `absent` recognises as "nothing there" (undefined).
     */
    async api(method, path, options = {}) {
        const url = new URL(`${this.location.apiBase}${path}`);
        for (const [k, v] of Object.entries(options.query ?? {}))
            url.searchParams.set(k, v);
        const key = this.key();
        let response;
        try {
            response = await fetchWithRetry(url.href, {
                method,
                // Capgo documents the key in `authorization`; `x-api-key` carries it for gateways that expect that name.
                headers: { authorization: key, 'x-api-key': key, accept: 'application/json', ...(options.body ? { 'content-type': 'application/json' } : {}) },
                body: options.body ? JSON.stringify(options.body) : undefined
            }, undefined, this.onProgress);
        }
        catch (error) {
            throw new StoreError(`Capgo did not answer ${method} ${url.pathname} (${String(error.cause ?? error.message)}). Check the network (or supaHost in --store) and run again; nothing was changed.`);
        }
        const text = await response.text();
        // Capgo answers "not found" as a 404 or as a 400 naming what it could not find.
        if ((response.status === 404 || response.status === 400) && options.absent?.test(text))
            return undefined;
        if (response.status === 401 || response.status === 403) {
            throw new StoreError(`Capgo refused the API key (HTTP ${response.status} on ${method} ${url.pathname}). Check that CAPFLIGHT_API_KEY / api-key holds a valid key with rights on this app ("all" or "upload" mode); keys are listed at ${API_KEYS_PAGE}.`);
        }
        if (!response.ok)
            throw new StoreError(`Capgo answered HTTP ${response.status} to ${method} ${url.pathname}: ${text.slice(0, 300)}`);
        try {
            return (text ? JSON.parse(text) : undefined);
        }
        catch {
            throw new StoreError(`Capgo answered ${method} ${url.pathname} with something that is not JSON: ${text.slice(0, 200)}`);
        }
    }
    /** Fails clearly when the app is not in Capgo (or the key cannot see it). */
    async requireApp(appId) {
        if (!this.apps.has(appId)) {
            const check = (async () => {
                const app = await this.api('GET', `/app/${encodeURIComponent(appId)}`, { absent: /cannot find app|can't access this app|cannot_access_app|app_not_found/i });
                if (!app)
                    throw new StoreError(`App ${appId} does not exist in Capgo (or this API key cannot see it). Add it with "npx @capgo/cli app add ${appId}", or fix appId.`);
            })();
            check.catch(() => this.apps.delete(appId));
            this.apps.set(appId, check);
        }
        return this.apps.get(appId);
    }
    async pages(path, query, empty) {
        const rows = [];
        for (let page = 0;; page++) {
            const answer = await this.api('GET', path, { query: { ...query, page: String(page) }, absent: empty });
            const batch = Array.isArray(answer) ? answer : answer?.data ?? [];
            rows.push(...batch);
            if (batch.length < PAGE_SIZE)
                return rows;
        }
    }
    bundles(appId) {
        let cached = this.bundleCache.get(appId);
        if (!cached) {
            // Capgo answers a page past the last bundle (or an app without any) with 400 "Cannot get bundle".
            cached = this.requireApp(appId).then(() => this.pages('/bundle/', { app_id: appId }, /cannot.?get.?bundle/i)).then((rows) => rows.filter((r) => !r.deleted));
            cached.catch(() => this.bundleCache.delete(appId));
            this.bundleCache.set(appId, cached);
        }
        return cached;
    }
    toRecord(row) {
        const comment = row.comment ?? '';
        const native = NATIVE_TRAILER.exec(comment)?.[1];
        let fingerprint;
        if (native) {
            try {
                fingerprint = JSON.parse(native);
            }
            catch { /* fall back to Capgo's own record */ }
        }
        return {
            version: row.name,
            appId: row.app_id,
            checksum: row.checksum ?? '',
            size: 0,
            commit: COMMIT_TRAILER.exec(comment)?.[1] ?? '',
            createdAt: row.created_at ?? '',
            // Bundles uploaded without capflight carry only Capgo's plugin list.
            nativeFingerprint: fingerprint ?? pluginsFingerprint(row.native_packages ?? []),
            minNativeVersion: row.min_update_version ?? row.minUpdateVersion ?? undefined,
            changelog: comment.replace(COMMIT_TRAILER, '').replace(PACK_TRAILER, '').replace(NATIVE_TRAILER, '').trim(),
            manifest: [],
            ...(PACK_TRAILER.test(comment) ? { packChecksum: PACK_TRAILER.exec(comment)[1] } : {}),
            ...(row.session_key ? { sessionKey: row.session_key } : {})
        };
    }
    async getBundle(appId, version) {
        const row = (await this.bundles(appId)).find((b) => b.name === version);
        if (!row)
            return undefined;
        // External bundles keep capflight's full record (manifest, fingerprint, commit) beside their bytes.
        return (await this.external?.getBundle(appId, version)) ?? this.toRecord(row);
    }
    async listBundleVersions(appId) {
        return (await this.bundles(appId)).map((b) => b.name).sort();
    }
    async hasBlob(appId, kind, sha256) {
        if (this.external)
            return this.external.hasBlob(appId, kind, sha256);
        return kind === 'artifacts' && (await this.bundles(appId)).some((b) => b.checksum === sha256);
    }
    async statBlob(appId, kind, sha256) {
        return this.external?.statBlob(appId, kind, sha256);
    }
    blobUrl(appId, kind, sha256) {
        if (!this.location.external)
            return `capgo:${appId}/${sha256}`;
        return `${this.location.external.url}/apps/${appId}/${kind}/${sha256}${kind === 'artifacts' ? '.zip' : ''}`;
    }
    putBlob(appId, kind, sha256, source) {
        return this.externalStore().putBlob(appId, kind, sha256, source);
    }
    /**
     * External bundles: capflight's record goes to the external store, then the bundle is registered
     * in Capgo (POST /bundle/) with its HTTPS address, checksum and session key. False when
     * Capgo already has that version from other bytes.
     */
    async createBundle(record) {
        const external = this.externalStore();
        const appId = record.appId;
        await this.requireApp(appId);
        const url = this.blobUrl(appId, 'artifacts', artifactOf(record));
        // Encrypted bundles are checked against the signed checksum, as Capgo serves it to devices.
        const checksum = record.signature ?? record.checksum;
        const registered = (row) => row?.external_url === url && row.checksum === checksum;
        this.bundleCache.delete(appId);
        const existing = (await this.bundles(appId)).find((b) => b.name === record.version);
        if (existing)
            return registered(existing) && (await this.sameRecord(record));
        if (!(await external.createBundle(record)) && !(await this.sameRecord(record)))
            return false;
        const answer = await this.api('POST', '/bundle/', {
            body: { app_id: appId, version: record.version, external_url: url, checksum, ...(record.sessionKey ? { session_key: record.sessionKey } : {}) },
            absent: /version_already_exists|version already exists/i
        });
        this.bundleCache.delete(appId);
        // A create retried after a lost answer finds its own bundle there.
        return answer !== undefined || registered((await this.bundles(appId)).find((b) => b.name === record.version));
    }
    /** The external store holds this very record (a rerun after a stop part-way). */
    async sameRecord(record) {
        const stored = await this.externalStore().getBundle(record.appId, record.version);
        return stored?.checksum === record.checksum && stored.commit === record.commit;
    }
    readBlob(appId, kind, sha256, range) {
        return this.externalStore().readBlob(appId, kind, sha256, range);
    }
    async channelRow(appId, name) {
        await this.requireApp(appId);
        const answer = await this.api('GET', '/channel/', { query: { app_id: appId, channel: name }, absent: /cannot.?find.?(version|channel)/i });
        const row = Array.isArray(answer) ? answer.find((c) => c.name === name) : answer;
        return row && row.name === name ? row : undefined;
    }
    async getChannel(appId, name) {
        const row = await this.channelRow(appId, name);
        if (!row?.version)
            return undefined;
        const bundle = await this.getBundle(appId, row.version.name);
        return {
            name,
            version: row.version.name,
            checksum: bundle?.checksum ?? '',
            // The bundle id stands in for a revision: a move to another bundle changes it.
            revision: row.version.id,
            updatedAt: row.updated_at ?? '',
            nativeFingerprint: bundle?.nativeFingerprint ?? pluginsFingerprint([]),
            minNativeVersion: bundle?.minNativeVersion,
            rollout: null,
            // Capgo's public API does not expose a channel's past bundles.
            history: []
        };
    }
    async listChannels(appId) {
        await this.requireApp(appId);
        return (await this.pages('/channel/', { app_id: appId }, /cannot.?find.?channels/i)).map((c) => c.name).sort();
    }
    async putChannel(appId, record, expectedRevision) {
        if (record.rollout)
            throw new StoreError('Rollouts on a capgo: store are started with "capflight release --rollout" and managed in Capgo\'s console.');
        const current = await this.channelRow(appId, record.name);
        if ((current?.version?.id ?? undefined) !== expectedRevision)
            return false;
        await this.setChannel(appId, record.name, record.version);
        return true;
    }
    async setChannel(appId, channel, version) {
        await this.api('POST', '/channel/', { body: { app_id: appId, channel, version } });
        const after = await this.channelRow(appId, channel);
        if (after?.version?.name !== version)
            throw new StoreError(`Capgo accepted the move of ${channel} to ${version} but still reports ${after?.version?.name ?? 'no bundle'}. Check the channel in Capgo's console.`);
    }
    /**
     * Uploads the web folder as `version` with the Capgo CLI, reads it back, and makes sure the
     * channel points at it (the CLI moves it; a rerun after an interrupted run moves it here).
     */
    async upload(request) {
        await this.requireApp(request.appId);
        this.bundleCache.delete(request.appId);
        const before = await this.getBundle(request.appId, request.version);
        if (before && before.commit !== request.commit)
            throw this.versionTaken(request, before);
        if (!before) {
            await runCapgoCli({
                entry: this.cli.entry,
                cwd: request.cwd,
                env: this.env,
                apiKey: this.key(),
                onOutput: this.onProgress,
                args: capgoUploadArgs(request, this.location)
            });
        }
        this.bundleCache.delete(request.appId);
        const stored = await this.getBundle(request.appId, request.version);
        if (!stored || !/^[0-9a-f]{64}$/.test(stored.checksum)) {
            throw new StoreError(`The Capgo CLI finished but Capgo lists no complete bundle ${request.version} (checksum ${stored?.checksum || 'missing'}). The channel was not moved; run the release again.`);
        }
        if (stored.commit && stored.commit !== request.commit)
            throw this.versionTaken(request, stored);
        if (request.rolloutPercent === undefined) {
            const channel = await this.channelRow(request.appId, request.channel);
            if (channel?.version?.name !== request.version)
                await this.setChannel(request.appId, request.channel, request.version);
        }
        return { ...stored, commit: stored.commit || request.commit, changelog: stored.changelog || request.changelog, nativeFingerprint: request.fingerprint };
    }
    versionTaken(request, existing) {
        return new ConflictError(`Capgo already has ${request.appId} ${request.version}${existing.commit ? ` from commit ${existing.commit.slice(0, 7)}` : ''}, with other content than commit ${request.commit.slice(0, 7)}. Versions are immutable: release a new version, or delete that bundle in Capgo ("npx @capgo/cli bundle delete ${request.version} ${request.appId}") if it was never served.`);
    }
    listBlobs(appId, kind) {
        return this.externalStore().listBlobs(appId, kind);
    }
    async deleteBlob() {
        throw new StoreError('capflight does not delete from Capgo: remove bundles with Capgo\'s console or "npx @capgo/cli bundle cleanup".');
    }
    async deleteBundle() {
        return this.deleteBlob();
    }
}
/** The `bundle upload` arguments a release implies (the API key travels in CAPGO_TOKEN, never on the command line). */
function capgoUploadArgs(request, location) {
    const args = [
        'bundle', 'upload', request.appId,
        '--path', request.webDir,
        '--bundle', request.version,
        '--channel', request.channel,
        '--comment', bundleComment(request),
        '--delta',
        // A rerun after an interrupted upload finds the version there; capflight then checks it is this commit's.
        '--version-exists-ok',
        // capflight checked notifyAppReady and the native fingerprint itself before this.
        '--no-code-check'
    ];
    if (request.commitUrl)
        args.push('--link', request.commitUrl);
    if (request.privateKey)
        args.push('--key-data-v2', request.privateKey);
    if (request.rolloutPercent !== undefined)
        args.push('--rollout', String(request.rolloutPercent));
    if (request.minNativeVersion)
        args.push('--min-update-version', request.minNativeVersion);
    if (request.allowNativeChange)
        args.push('--ignore-metadata-check');
    if (location.supaHost && location.supaAnon)
        args.push('--supa-host', location.supaHost, '--supa-anon', location.supaAnon);
    return args;
}

;// CONCATENATED MODULE: ./src/core/store/s3-store.ts







const MULTIPART_FROM = 16 * 1024 * 1024;
const PART_SIZE = 8 * 1024 * 1024;
/** The default of `?deadline=<seconds>`: long enough for the SDK's retries, short of a silent hang. */
const DEFAULT_DEADLINE_S = 120;
/** `s3://bucket/prefix?endpoint=…&region=…&forcePathStyle=true&deadline=<seconds>`, with AWS_* environment defaults. */
function parseS3Url(url, env) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        throw new errors_ConfigurationError([`Store URL "${url}" is not a URL. Use s3://bucket/prefix.`]);
    }
    const bucket = parsed.hostname;
    if (!bucket)
        throw new errors_ConfigurationError([`Store URL "${url}" has no bucket. Use s3://bucket/prefix (for example s3://my-app-updates/capflight).`]);
    // S3's bucket naming rules, checked before any credentials are looked up.
    if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket) || bucket.includes('..') || /^\d+\.\d+\.\d+\.\d+$/.test(bucket)) {
        throw new errors_ConfigurationError([`"${bucket}" in store URL "${url.split('?')[0]}" is not a valid bucket name: 3 to 63 lower-case letters, digits, dots and hyphens, starting and ending with a letter or digit. Fix the bucket name in --store.`]);
    }
    const q = parsed.searchParams;
    for (const key of q.keys()) {
        if (!['endpoint', 'region', 'forcePathStyle', 'deadline'].includes(key))
            throw new errors_ConfigurationError([`Store URL parameter "${key}" is unknown. Known: endpoint, region, forcePathStyle, deadline.`]);
    }
    const deadline = Number(q.get('deadline') ?? DEFAULT_DEADLINE_S);
    if (!(deadline > 0 && deadline <= 3600))
        throw new errors_ConfigurationError([`Store URL parameter deadline must be a number of seconds from 1 to 3600, got "${q.get('deadline')}".`]);
    const endpoint = q.get('endpoint') ?? env.AWS_ENDPOINT_URL_S3 ?? env.AWS_ENDPOINT_URL ?? undefined;
    return {
        bucket,
        prefix: decodeURIComponent(parsed.pathname).replace(/^\/+|\/+$/g, ''),
        endpoint,
        region: q.get('region') ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? 'us-east-1',
        forcePathStyle: q.has('forcePathStyle') ? q.get('forcePathStyle') !== 'false' : Boolean(endpoint),
        deadlineMs: deadline * 1000
    };
}
/** A body that ended before its Content-Length: the connection was cut mid-read. */
class TruncatedBody extends Error {
}
/** An upload whose read-back does not match what was sent. */
class UnverifiedUpload extends Error {
}
/** An error S3 answered with (the SDK's S3ServiceException, known without loading the SDK). */
function isServiceError(error) {
    return error instanceof Error && typeof error.$fault === 'string' && typeof error.$metadata === 'object';
}
function s3_store_status(error) {
    return isServiceError(error) ? error.$metadata.httpStatusCode : undefined;
}
/**
 * Worth another try: a network error, a cut-off body, 5xx, 429, or a 400 that only says the
 * bytes were damaged or slow on the way (BadDigest, RequestTimeout).
 */
function isTransient(error) {
    if (error instanceof TruncatedBody || error instanceof UnverifiedUpload)
        return true;
    if (error.name === 'CredentialsProviderError')
        return false;
    if (!isServiceError(error))
        return !(error instanceof StoreError);
    const st = s3_store_status(error);
    return (st !== undefined && (st >= 500 || st === 429)) || error.name === 'BadDigest' || error.name === 'RequestTimeout';
}
/** The ETag S3 gives a multipart upload of `source` in parts of `partSize`: MD5 of the parts' MD5s, a dash, the part count. */
async function multipartEtag(source, partSize) {
    const digests = [];
    let part = (0,external_node_crypto_.createHash)('md5');
    let inPart = 0;
    for await (const chunk of (0,external_node_fs_.createReadStream)(source, { highWaterMark: 1 << 20 })) {
        for (let at = 0; at < chunk.length;) {
            const take = Math.min(partSize - inPart, chunk.length - at);
            part.update(chunk.subarray(at, at + take));
            inPart += take;
            at += take;
            if (inPart === partSize) {
                digests.push(part.digest());
                part = (0,external_node_crypto_.createHash)('md5');
                inPart = 0;
            }
        }
    }
    if (inPart > 0 || digests.length === 0)
        digests.push(part.digest());
    return `${(0,external_node_crypto_.createHash)('md5').update(Buffer.concat(digests)).digest('hex')}-${digests.length}`;
}
const S3_ATTEMPTS = 6;
const S3_MAX_BACKOFF_MS = 4000;
/** Errors the SDK does not retry itself: a body cut off mid-read, an upload that did not verify, a damaged body. */
function retryHere(error) {
    return error instanceof TruncatedBody || error instanceof UnverifiedUpload || (isServiceError(error) && error.name === 'BadDigest');
}
const pause = (attempt, capMs) => new Promise((r) => setTimeout(r, Math.min(capMs, 100 * 2 ** attempt) * (0.5 + Math.random())));
/**
 * Any S3-compatible object store (AWS S3, Cloudflare R2, MinIO, GCS interop), same layout
 * as the file store. Bundle records use If-None-Match: * and channels If-Match: <etag>, so
 * concurrent pipelines cannot overwrite each other; network errors, 5xx and 429 are retried
 * with backoff by the SDK.
 */
class S3Store {
    location;
    startProgress;
    onRetry;
    sdk;
    credentials;
    url;
    constructor(location, env, startProgress, onRetry) {
        this.location = location;
        this.startProgress = startProgress;
        this.onRetry = onRetry;
        this.credentials = env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY
            ? { accessKeyId: env.AWS_ACCESS_KEY_ID, secretAccessKey: env.AWS_SECRET_ACCESS_KEY, sessionToken: env.AWS_SESSION_TOKEN }
            : undefined;
        this.url = `s3://${location.bucket}${location.prefix ? `/${location.prefix}` : ''}`;
    }
    /** Sends the command `make` builds from the SDK. */
    async send(make) {
        const { sdk, client } = await this.s3();
        return make(sdk, client);
    }
    /** The SDK and a client, made on first use. */
    s3() {
        this.sdk ??= Promise.all(/* import() */[__nccwpck_require__.e(358), __nccwpck_require__.e(446)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9446)).then((sdk) => ({ sdk, client: this.makeClient(sdk) }));
        return this.sdk;
    }
    makeClient(sdk) {
        const location = this.location;
        return new sdk.S3Client({
            customUserAgent: USER_AGENT,
            region: location.region,
            endpoint: location.endpoint,
            forcePathStyle: location.forcePathStyle,
            credentials: this.credentials,
            // The one retry layer for requests: the SDK's, with a line per retry. The loops below retry
            // only what the SDK cannot see (a body cut off mid-read, an upload that did not verify).
            retryStrategy: new sdk.ConfiguredRetryStrategy(S3_ATTEMPTS, (attempt) => {
                const wait = Math.round(Math.min(S3_MAX_BACKOFF_MS, 100 * 2 ** attempt) * (0.5 + Math.random()));
                this.onRetry?.(`${this.url} answered with an error or not at all; retrying (attempt ${attempt + 1} of ${S3_ATTEMPTS}) in ${(wait / 1000).toFixed(1)} s`);
                return wait;
            }),
            // A stalled connection is a timeout the SDK retries, not a hang.
            requestHandler: { connectionTimeout: 5_000, requestTimeout: 30_000 },
            // Plain bodies (no aws-chunked trailers): every S3-compatible store accepts them;
            // integrity is checked by reading sizes and ETags back.
            requestChecksumCalculation: 'WHEN_REQUIRED',
            responseChecksumValidation: 'WHEN_REQUIRED'
        });
    }
    key(appId, ...parts) {
        return [this.location.prefix, ...appKeyParts(appId, parts)].filter(Boolean).join('/');
    }
    blobKey(appId, kind, sha256) {
        if (!/^[0-9a-f]{64}$/.test(sha256))
            throw new StoreError(`Invalid blob name "${sha256}": expected a lowercase SHA-256.`);
        return this.key(appId, kind, kind === 'artifacts' ? `${sha256}.zip` : sha256);
    }
    /** Turns SDK failures into errors that say what to do. */
    /** Every request's total deadline, its retries included (the SDK's own retries honour it). */
    deadline() {
        return { abortSignal: AbortSignal.timeout(this.location.deadlineMs) };
    }
    explain(error, what) {
        const code = error.name;
        const st = s3_store_status(error);
        if (code === 'TimeoutError' || code === 'AbortError') {
            throw new StoreError(`Gave up trying to ${what} in ${this.url} after ${this.location.deadlineMs / 1000} s: the store did not answer in time, retries included. Nothing was moved; check the store and the network and run again (add ?deadline=<seconds> to --store for a slower store).`);
        }
        if (code === 'CredentialsProviderError') {
            throw new StoreError(`No AWS credentials were found for ${this.url}. Set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (or AWS_PROFILE, or run where an IAM role is attached) in the job's environment.`);
        }
        if (code === 'NoSuchBucket' || (st === 404 && /bucket/i.test(String(error.message)))) {
            throw new StoreError(`Bucket "${this.location.bucket}" does not exist${this.location.endpoint ? ` at ${this.location.endpoint}` : ''}. Create it, or fix the bucket name in --store.`);
        }
        if (st === 403 || code === 'AccessDenied' || code === 'InvalidAccessKeyId' || code === 'SignatureDoesNotMatch') {
            throw new StoreError(`Access to s3://${this.location.bucket} was denied while trying to ${what} (${code ?? st}). Check AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY and that they may read and write the bucket.`);
        }
        if (st === 301 || code === 'PermanentRedirect' || code === 'AuthorizationHeaderMalformed') {
            // S3 names the bucket's region in a header on its redirects.
            const region = error.$response?.headers?.['x-amz-bucket-region'];
            throw new StoreError(region
                ? `Bucket "${this.location.bucket}" is in ${region}, not ${this.location.region}. Add ?region=${region} to --store or set AWS_REGION=${region}.`
                : `Bucket "${this.location.bucket}" is in another region than ${this.location.region}. Add ?region=<its region> to --store or set AWS_REGION.`);
        }
        throw new StoreError(`Could not ${what} in ${this.url}: ${error.message}`);
    }
    async head(key) {
        try {
            const r = await this.send((sdk, client) => client.send(new sdk.HeadObjectCommand({ Bucket: this.location.bucket, Key: key }), this.deadline()));
            return { size: r.ContentLength ?? 0, etag: r.ETag, meta: r.Metadata };
        }
        catch (error) {
            if (s3_store_status(error) === 404 || error.name === 'NotFound')
                return undefined;
            this.explain(error, `read ${key}`);
        }
    }
    /**
     * Streams an object through a fresh `sink` per attempt; undefined when it does not exist.
     * The SDK retries requests; a body cut off mid-read (shorter than its Content-Length) is
     * retried here.
     */
    async read(key, sink) {
        for (let attempt = 1;; attempt++) {
            try {
                const r = await this.send((sdk, client) => client.send(new sdk.GetObjectCommand({ Bucket: this.location.bucket, Key: key }), this.deadline()));
                const into = sink();
                let received = 0;
                for await (const chunk of r.Body) {
                    into.update(chunk);
                    received += chunk.length;
                }
                if (r.ContentLength !== undefined && received !== r.ContentLength)
                    throw new TruncatedBody();
                return { value: into.result(), etag: r.ETag };
            }
            catch (error) {
                if (s3_store_status(error) === 404 || error.name === 'NoSuchKey')
                    return undefined;
                if (retryHere(error) && attempt < S3_ATTEMPTS) {
                    await pause(attempt, 2000);
                    continue;
                }
                this.explain(error, `read ${key}`);
            }
        }
    }
    readText(key) {
        return this.read(key, () => {
            const chunks = [];
            return { update: (c) => chunks.push(c), result: () => Buffer.concat(chunks).toString('utf8') };
        });
    }
    async getJson(key) {
        const text = await this.readText(key);
        if (!text)
            return undefined;
        try {
            return { value: JSON.parse(text.value), etag: text.etag };
        }
        catch {
            throw new StoreError(`${key} in ${this.url} is not valid JSON; restore it from a backup.`);
        }
    }
    /** SHA-256 of a stored object, streamed: the read-back of a large upload. */
    async sha256Of(key) {
        return (await this.read(key, () => {
            const hash = (0,external_node_crypto_.createHash)('sha256');
            return { update: (c) => hash.update(c), result: () => hash.digest('hex') };
        }))?.value;
    }
    /**
     * A conditional write: false when the condition failed (412), so the caller recomputes.
     * A 412 on the SDK's retry of a write whose first answer was lost is our own write
     * landing first: the object then holds exactly our bytes, and that is a success.
     */
    putJson(key, value, condition) {
        return this.putText(key, `${JSON.stringify(value, null, 2)}\n`, 'application/json', condition);
    }
    async putText(key, text, contentType, condition) {
        const md5 = (0,external_node_crypto_.createHash)('md5').update(text).digest('base64');
        for (let attempt = 1;; attempt++) {
            try {
                await this.send((sdk, client) => client.send(new sdk.PutObjectCommand({
                    Bucket: this.location.bucket, Key: key, Body: text, ContentType: contentType, ContentMD5: md5,
                    IfNoneMatch: condition.ifNoneMatch, IfMatch: condition.ifMatch
                }), this.deadline()));
                return true;
            }
            catch (error) {
                if (s3_store_status(error) === 412 || s3_store_status(error) === 409)
                    return (await this.readText(key))?.value === text;
                if (retryHere(error) && attempt < S3_ATTEMPTS) {
                    await pause(attempt, 2000);
                    continue;
                }
                this.explain(error, `write ${key}`);
            }
        }
    }
    async hasBlob(appId, kind, sha256) {
        return (await this.head(this.blobKey(appId, kind, sha256))) !== undefined;
    }
    async statBlob(appId, kind, sha256) {
        return (await this.head(this.blobKey(appId, kind, sha256)))?.size;
    }
    blobUrl(appId, kind, sha256) {
        return `s3://${this.location.bucket}/${this.blobKey(appId, kind, sha256)}`;
    }
    async putBlob(appId, kind, sha256, source) {
        const key = this.blobKey(appId, kind, sha256);
        const size = (await (0,promises_.stat)(source)).size;
        const present = await this.head(key);
        // Content-addressed: a blob with this key, size and checksum is already these bytes; no transfer.
        if (present && present.size === size && present.meta?.sha256 === sha256)
            return false;
        for (let attempt = 1;; attempt++) {
            try {
                await this.upload(key, source, size, sha256);
                return true;
            }
            catch (error) {
                // The SDK cannot replay a consumed stream body, nor redo an upload that did not verify.
                if ((retryHere(error) || (!isServiceError(error) && isTransient(error))) && attempt < S3_ATTEMPTS) {
                    await pause(attempt, 4000);
                    continue;
                }
                if (error instanceof UnverifiedUpload) {
                    throw new StoreError(`Upload of ${key} did not verify: ${error.message}. Run the release again; it resumes with what is stored.`);
                }
                this.explain(error, `upload ${key}`);
            }
        }
    }
    /**
     * Sends one blob and checks what was stored, so a channel never points at a blob that is
     * not fully stored: a small one goes in one PUT whose Content-MD5 the store checks on
     * receipt and whose ETag is its MD5 of what it stored; a large one goes up in parallel parts, checked by its multipart ETag or else
     * read back and hashed whole.
     */
    async upload(key, source, size, sha256) {
        if (size < MULTIPART_FROM) {
            // A buffer body can be replayed by the SDK's own retries.
            const body = await (0,promises_.readFile)(source);
            const md5 = (0,external_node_crypto_.createHash)('md5').update(body).digest('base64');
            const put = await this.send((sdk, client) => client.send(new sdk.PutObjectCommand({ Bucket: this.location.bucket, Key: key, Body: body, ContentLength: size, ContentMD5: md5, Metadata: { sha256 } }), this.deadline()));
            // The store's own MD5 of what it stored comes back as the ETag (not under SSE-KMS or
            // SSE-C, where Content-MD5 checked on receipt stands alone): a store that ignores
            // Content-MD5 is still caught, without another request per file.
            const etag = put.ETag?.replace(/"/g, '');
            const opaque = put.ServerSideEncryption === 'aws:kms' || put.ServerSideEncryption === 'aws:kms:dsse' || put.SSECustomerAlgorithm !== undefined;
            if (!opaque && etag !== Buffer.from(md5, 'base64').toString('hex')) {
                throw new UnverifiedUpload(`the store holds other bytes (ETag ${etag ?? 'missing'})`);
            }
            return;
        }
        const { sdk, client } = await this.s3();
        const upload = new sdk.Upload({ client, params: { Bucket: this.location.bucket, Key: key, Body: (0,external_node_fs_.createReadStream)(source), Metadata: { sha256 } }, partSize: PART_SIZE, queueSize: 4 });
        const progress = this.startProgress?.(`Uploading ${key.split('/').pop()}`, size, 'bytes');
        upload.on('httpUploadProgress', (p) => { if (p.loaded !== undefined)
            progress?.(p.loaded); });
        const [expected] = await Promise.all([multipartEtag(source, PART_SIZE), upload.done()]);
        // S3 and most compatible stores tag a multipart object with the MD5 of its parts' MD5s:
        // when that matches, every part arrived intact. Otherwise (SSE-KMS, another scheme, a
        // damaged part) the object is read back and hashed whole.
        const stored = await this.head(key);
        if (stored?.size === size && stored.etag?.replace(/"/g, '') === expected)
            return;
        const read = await this.sha256Of(key);
        if (read !== sha256)
            throw new UnverifiedUpload(read ? `it reads back with SHA-256 ${read}` : 'it is not there');
    }
    readBlob(appId, kind, sha256, range) {
        const key = this.blobKey(appId, kind, sha256);
        const s3 = () => this.s3();
        const bucket = this.location.bucket;
        let body;
        let reader;
        return new ReadableStream({
            async pull(controller) {
                if (!reader) {
                    const { sdk, client } = await s3();
                    const r = await client.send(new sdk.GetObjectCommand({ Bucket: bucket, Key: key, Range: range ? `bytes=${range.start}-${range.end}` : undefined }));
                    body = r.Body.transformToWebStream();
                    reader = body.getReader();
                }
                const { done, value } = await reader.read();
                if (done)
                    controller.close();
                else
                    controller.enqueue(value);
            },
            async cancel() { await reader?.cancel(); }
        });
    }
    async createBundle(record) {
        const key = this.key(record.appId, 'bundles', `${encodeURIComponent(record.version)}.json`);
        // Stores that ignore If-None-Match still must not overwrite: look first.
        if (await this.head(key))
            return false;
        return this.putJson(key, record, { ifNoneMatch: '*' });
    }
    async getBundle(appId, version) {
        return (await this.getJson(this.key(appId, 'bundles', `${encodeURIComponent(version)}.json`)))?.value;
    }
    /** Every object under `prefix/`, all pages of the listing. */
    async listObjects(prefix) {
        const objects = [];
        let token;
        try {
            do {
                const r = await this.send((sdk, client) => client.send(new sdk.ListObjectsV2Command({ Bucket: this.location.bucket, Prefix: `${prefix}/`, ContinuationToken: token }), this.deadline()));
                for (const o of r.Contents ?? [])
                    objects.push({ name: o.Key.slice(prefix.length + 1), size: o.Size ?? 0, modifiedAt: o.LastModified ?? new Date(0) });
                token = r.IsTruncated ? r.NextContinuationToken : undefined;
            } while (token);
        }
        catch (error) {
            this.explain(error, `list ${prefix}`);
        }
        return objects;
    }
    /**
     * The folders under `apps/`: one delimited listing on S3. Some S3-compatible stores answer a
     * delimited listing without its common prefixes (s3rver does); when it names no app but the
     * folder holds objects, every key is listed instead and the apps read off them.
     */
    async listApps() {
        const root = [this.location.prefix, 'apps'].filter(Boolean).join('/');
        const apps = new Set();
        let objects = 0;
        try {
            let token;
            do {
                const r = await this.send((sdk, client) => client.send(new sdk.ListObjectsV2Command({ Bucket: this.location.bucket, Prefix: `${root}/`, Delimiter: '/', ContinuationToken: token }), this.deadline()));
                for (const p of r.CommonPrefixes ?? [])
                    apps.add(p.Prefix.slice(root.length + 1, -1));
                objects += r.Contents?.length ?? 0;
                token = r.IsTruncated ? r.NextContinuationToken : undefined;
            } while (token);
        }
        catch (error) {
            this.explain(error, `list ${root}`);
        }
        if (!apps.size && !objects) {
            for (const o of await this.listObjects(root))
                apps.add(o.name.split('/')[0]);
        }
        return [...apps].filter((name) => isValidName('appId', name)).sort();
    }
    async listNames(prefix, suffix = '.json') {
        return (await this.listObjects(prefix))
            .filter((o) => !o.name.includes('/') && o.name.endsWith(suffix))
            .map((o) => o.name.slice(0, o.name.length - suffix.length))
            .sort();
    }
    async listBundleVersions(appId) {
        return (await this.listNames(this.key(appId, 'bundles'))).map((n) => decodeURIComponent(n));
    }
    async getChannel(appId, name) {
        return (await this.getJson(this.key(appId, 'channels', `${name}.json`)))?.value;
    }
    listChannels(appId) {
        return this.listNames(this.key(appId, 'channels'));
    }
    async putChannel(appId, record, expectedRevision) {
        const key = this.key(appId, 'channels', `${record.name}.json`);
        const current = await this.getJson(key);
        if (current?.value.revision !== expectedRevision)
            return false;
        return this.putJson(key, record, current ? { ifMatch: current.etag } : { ifNoneMatch: '*' });
    }
    async listDevicesWithChannel(appId) {
        return (await this.listNames(this.key(appId, 'devices'))).map((n) => decodeURIComponent(n));
    }
    async getDeviceChannel(appId, deviceId) {
        return (await this.getJson(this.key(appId, 'devices', `${encodeURIComponent(deviceId)}.json`)))?.value.channel;
    }
    async putDeviceChannel(appId, deviceId, channel) {
        const key = this.key(appId, 'devices', `${encodeURIComponent(deviceId)}.json`);
        if (channel === undefined)
            return this.deleteKey(key);
        await this.putJson(key, { channel, updatedAt: new Date().toISOString() }, {});
    }
    telemetryKey(appId, parts) {
        return this.key(appId, 'telemetry', ...parts);
    }
    async putTelemetry(appId, parts, body) {
        await this.putText(this.telemetryKey(appId, parts), body, parts.at(-1)?.endsWith('.ndjson') ? 'application/x-ndjson' : 'application/json', {});
    }
    async listTelemetry(appId, parts) {
        const names = new Set((await this.listObjects(this.telemetryKey(appId, parts))).map((o) => o.name.split('/')[0]));
        return [...names].sort();
    }
    async readTelemetry(appId, parts) {
        return (await this.readText(this.telemetryKey(appId, parts)))?.value;
    }
    deleteTelemetry(appId, parts) {
        return this.deleteKey(this.telemetryKey(appId, parts));
    }
    async listBlobs(appId, kind) {
        const blobs = [];
        for (const o of await this.listObjects(this.key(appId, kind))) {
            const sha256 = kind === 'artifacts' ? o.name.replace(/\.zip$/, '') : o.name;
            if (/^[0-9a-f]{64}$/.test(sha256) && (kind !== 'artifacts' || o.name.endsWith('.zip')))
                blobs.push({ sha256, size: o.size, modifiedAt: o.modifiedAt });
        }
        return blobs;
    }
    async deleteKey(key) {
        try {
            await this.send((sdk, client) => client.send(new sdk.DeleteObjectCommand({ Bucket: this.location.bucket, Key: key }), this.deadline()));
        }
        catch (error) {
            if (s3_store_status(error) !== 404)
                this.explain(error, `delete ${key}`);
        }
    }
    deleteBlob(appId, kind, sha256) {
        return this.deleteKey(this.blobKey(appId, kind, sha256));
    }
    deleteBundle(appId, version) {
        return this.deleteKey(this.key(appId, 'bundles', `${encodeURIComponent(version)}.json`));
    }
}

;// CONCATENATED MODULE: external "node:stream/promises"
const external_node_stream_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");
;// CONCATENATED MODULE: ./src/core/crypto/encrypt.ts



async function newEncryption(signer) {
    const key = (0,external_node_crypto_.randomBytes)(16);
    const iv = (0,external_node_crypto_.randomBytes)(16);
    const sealed = await signer.sign(key);
    return { key, iv, sessionKey: `${iv.toString('base64')}:${sealed.toString('base64')}` };
}
/** AES-128-CBC with PKCS#7 padding, streamed; returns the SHA-256 and size of the encrypted file. */
async function encryptFile(source, target, material) {
    const cipher = (0,external_node_crypto_.createCipheriv)('aes-128-cbc', material.key, material.iv);
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let size = 0;
    cipher.on('data', (chunk) => {
        hash.update(chunk);
        size += chunk.length;
    });
    await (0,external_node_stream_promises_namespaceObject.pipeline)((0,external_node_fs_.createReadStream)(source), cipher, (0,external_node_fs_.createWriteStream)(target));
    return { sha256: hash.digest('hex'), size };
}
/** The signature the plugin checks: hex of the RSA private-key encryption of the 32 SHA-256 bytes. */
async function signChecksum(signer, sha256Hex) {
    return (await signer.sign(Buffer.from(sha256Hex, 'hex'))).toString('hex');
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
function startRollout(current, bundle, percentageBps, at, policy) {
    const same = current.rollout?.version === bundle.version ? current.rollout : undefined;
    return {
        ...current,
        revision: current.revision + 1,
        updatedAt: at.toISOString(),
        rollout: {
            version: bundle.version, checksum: bundle.checksum, percentageBps, startedAt: same?.startedAt ?? at.toISOString(), stepStartedAt: at.toISOString(),
            policy: policy === undefined ? same?.policy ?? null : policy
        },
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

;// CONCATENATED MODULE: ./src/core/publish/content-addressed.ts




/** Per-file blobs go up this many at a time: object stores answer each request slowly, not per byte. */
const BLOB_CONCURRENCY = 16;
async function blobsOf(input) {
    const { packed, signer, webDir, temp } = input;
    if (!signer) {
        const files = [];
        const manifest = packed.manifest.map((f) => {
            files.push({ blob: f.sha256, path: external_node_path_default().join(webDir, f.path) });
            const br = packed.brotli?.get(f.sha256);
            if (!br)
                return f;
            files.push({ blob: br.sha256, path: br.path });
            return { ...f, brotli: { blob: br.sha256, size: br.size } };
        });
        return { artifact: { sha256: packed.checksum, path: packed.path, size: packed.size }, files, manifest };
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
        const entry = { ...f, blob: encrypted.sha256, hashSignature: await signChecksum(signer, f.sha256) };
        // The plugin decrypts a download first, then decompresses it: the Brotli form is encrypted.
        const br = packed.brotli?.get(f.sha256);
        if (br) {
            const brTarget = external_node_path_default().join(temp, `file-${n++}.br.enc`);
            const encryptedBr = await encryptFile(br.path, brTarget, material);
            files.push({ blob: encryptedBr.sha256, path: brTarget });
            entry.brotli = { blob: encryptedBr.sha256, size: encryptedBr.size };
        }
        manifest.push(entry);
    }
    return {
        artifact: { sha256: artifact.sha256, path: encryptedZip, size: artifact.size },
        files,
        manifest,
        sessionKey: material.sessionKey,
        signature: await signChecksum(signer, packed.checksum)
    };
}
async function storeBlobs(store, input, blobs) {
    const unique = [...new Map(blobs.files.map((f) => [f.blob, f])).values()];
    const progress = input.startProgress('Storing files', unique.length, 'files');
    let next = 0;
    let done = 0;
    let written = 0;
    const worker = async () => {
        while (next < unique.length) {
            const file = unique[next++];
            if (await store.putBlob(input.appId, 'files', file.blob, file.path))
                written++;
            progress(++done);
        }
    };
    await Promise.all(Array.from({ length: Math.min(BLOB_CONCURRENCY, unique.length) }, worker));
    await store.putBlob(input.appId, 'artifacts', blobs.artifact.sha256, blobs.artifact.path);
    const deltas = blobs.manifest.filter((f) => f.brotli).length;
    input.reporter.info(`Stored bundle ${blobs.artifact.sha256}.zip in ${store.url}${blobs.sessionKey ? ' (encrypted)' : ''}: uploaded ${written} of ${unique.length} file blobs (${unique.length - written} already stored)${deltas ? `, ${deltas} files with a Brotli form for delta downloads` : ''}`);
}
/** Moves a channel by compare-and-swap to a bundle whose bytes are checked stored. */
async function moveChannelTo(store, bundle, move, at) {
    await assertStored(store, bundle);
    const { before, after } = await updateChannel(store, bundle.appId, move.channel, (current) => {
        if (move.rolloutBps !== undefined && current) {
            return current.rollout?.version === bundle.version && current.rollout.percentageBps === move.rolloutBps ? undefined : startRollout(current, bundle, move.rolloutBps, at, move.policy ?? null);
        }
        // Another pipeline of the same commit moved it there already: nothing to write.
        return current?.version === bundle.version && !current.rollout ? undefined : pointChannel(current, move.channel, bundle, move.kind, at);
    });
    return after ? before?.version : move.fromVersion ?? undefined;
}
/**
 * The publisher of file:, s3:// and Capgo's external bundles: content-addressed blobs (the zip and
 * every file) first, then an immutable bundle record per version, then the channel by
 * compare-and-swap.
 */
class content_addressed_ContentAddressedPublisher {
    store;
    promotionRecords = true;
    deltaFiles = true;
    constructor(store) {
        this.store = store;
    }
    async prepare(input) {
        const blobs = await blobsOf(input);
        await input.reporter.group('Upload', () => storeBlobs(this.store, input, blobs));
        return {
            publish: async (fields) => {
                const record = {
                    version: fields.version,
                    appId: input.appId,
                    checksum: input.packed.checksum,
                    ...(blobs.artifact.sha256 !== input.packed.checksum ? { artifact: blobs.artifact.sha256 } : {}),
                    size: blobs.artifact.size,
                    commit: input.commit,
                    createdAt: fields.createdAt,
                    nativeFingerprint: input.fingerprint,
                    minNativeVersion: fields.minNativeVersion,
                    changelog: fields.changelog,
                    manifest: blobs.manifest,
                    ...(blobs.sessionKey ? { sessionKey: blobs.sessionKey, signature: blobs.signature } : {})
                };
                if (await this.store.createBundle(record))
                    return record;
                throw new ConflictError(`Version ${fields.version} was just stored by another pipeline. Run again: capflight will reuse it if it came from this commit.`);
            }
        };
    }
    moveChannel(bundle, move, at) {
        return moveChannelTo(this.store, bundle, move, at);
    }
}
/** Refuses an external signer where the uploader must hold the private key itself. */
function requirePrivateKey(input, storeUrl) {
    if (input.signedByCommand) {
        throw new errors_ConfigurationError([`The ${storeUrl} store encrypts through the Capgo CLI, which needs the private key itself (--private-key or CAPFLIGHT_PRIVATE_KEY); --sign-command works with file: and s3:// stores.`]);
    }
}

;// CONCATENATED MODULE: ./src/core/publish/capgo-upload.ts

/**
 * The publisher of Capgo Cloud bundles: the Capgo CLI packs, stores and verifies the web folder
 * and moves the channel (or starts the rollout) itself; a version Capgo already holds from other
 * content is a version race. A promotion moves the channel through Capgo's API.
 */
class CapgoUploadPublisher {
    store;
    promotionRecords = false;
    deltaFiles = false;
    constructor(store) {
        this.store = store;
    }
    async prepare(input) {
        requirePrivateKey(input, this.store.url);
        return {
            publish: async (fields) => {
                const record = await input.reporter.group(`Upload to ${this.store.url}`, () => this.store.upload({
                    appId: input.appId,
                    version: fields.version,
                    channel: input.move.channel,
                    cwd: input.cwd,
                    webDir: input.webDir,
                    commit: input.commit,
                    commitUrl: input.commitUrl,
                    changelog: fields.changelog,
                    fingerprint: input.fingerprint,
                    packChecksum: input.packed.checksum,
                    minNativeVersion: fields.minNativeVersion,
                    privateKey: input.privateKeyPem,
                    rolloutPercent: input.move.rolloutBps !== undefined ? input.move.rolloutBps / 100 : undefined,
                    allowNativeChange: input.allowNativeChange
                }));
                return { ...record, size: record.size || input.packed.size };
            }
        };
    }
    /** A release's upload has moved the channel already; a promotion moves it here. */
    async moveChannel(bundle, move, at) {
        if (move.kind === 'release')
            return move.fromVersion ?? undefined;
        return moveChannelTo(this.store, bundle, move, at);
    }
}

;// CONCATENATED MODULE: ./src/core/store/registry.ts








/** Store backends by URL scheme. A plain path is the `file:` store. */
const backends = {
    file: { open: (url, cwd) => new FileStore(url.startsWith('file://') ? localPath(url) : external_node_path_default().resolve(cwd, url.slice('file:'.length))) },
    s3: { open: (url, _cwd, env, { startProgress, onProgress }) => new S3Store(parseS3Url(url, env), env, startProgress, onProgress) },
    capgo: {
        open: (url, cwd, env, options) => {
            const location = parseCapgoUrl(url);
            const external = location.external && openStore(location.external.store, cwd, env, { onProgress: options.onProgress, startProgress: options.startProgress });
            return new CapgoStore(location, options.apiKey, env, options.onProgress, { entry: options.capgoCli }, external);
        },
        noTelemetry: 'devices on Capgo update from Capgo itself and report to it; its device data (channel overrides, stats) is in Capgo\'s console',
        servedBy: 'Capgo',
        noBlobs: (url) => parseCapgoUrl(url).external ? undefined : 'keeps the bytes of its bundles itself',
        // Capgo packs and stores a bundle itself, unless capflight keeps the bytes in an external store.
        publisher: (store, url) => parseCapgoUrl(url).external ? new content_addressed_ContentAddressedPublisher(store) : new CapgoUploadPublisher(store),
        noGc: 'does not delete from Capgo: remove bundles with Capgo\'s console or "npx @capgo/cli bundle cleanup"; never run it on a capgo: store\'s externalStore directly, whose channels live in Capgo.'
    }
};
/** A file:// URL's folder; a URL naming another host is a configuration error. */
function localPath(url) {
    try {
        return (0,external_node_url_namespaceObject.fileURLToPath)(url);
    }
    catch {
        throw new errors_ConfigurationError([`Store URL "${url}" is not a local folder: file: URLs name a folder on this machine (file:///srv/capflight, or a plain path). Shared storage is s3://bucket/prefix.`]);
    }
}
function knownStoreSchemes() {
    return Object.keys(backends).map((s) => `${s}:`);
}
function backendOf(url) {
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url);
    // One-letter schemes are Windows drive letters, i.e. plain paths.
    if (!scheme || scheme[1].length === 1)
        return undefined;
    const backend = backends[scheme[1].toLowerCase()];
    if (!backend) {
        throw new errors_ConfigurationError([`Unknown store "${url}": scheme "${scheme[1]}:" is not supported. Known stores: ${knownStoreSchemes().join(', ')} (or a plain folder path).`]);
    }
    return backend;
}
/** Opens the release storage a URL names; `env` supplies credentials (AWS_*, CAPFLIGHT_API_KEY). */
function openStore(url, cwd, env = {}, options = {}) {
    const backend = backendOf(url);
    return backend ? backend.open(url, cwd, env, options) : new FileStore(external_node_path_default().resolve(cwd, url));
}
/** Opens a store with the publisher a release into it uses. */
function openPublishing(url, cwd, env = {}, options = {}) {
    const store = openStore(url, cwd, env, options);
    const publisher = backendOf(url)?.publisher?.(store, url) ?? new ContentAddressedPublisher(store);
    return { store, publisher };
}
/** The hosted service devices update from for this store URL (Capgo), or undefined: capflight serve. */
function servedBy(url) {
    return backendOf(url)?.servedBy;
}
/** Why capflight cannot verify a store's bundle bytes itself, or undefined when it can. */
function blobsRefusal(url) {
    return backendOf(url)?.noBlobs?.(url);
}
/** Why garbage collection must not delete from a store URL, or undefined when it may. */
function gcRefusal(url) {
    return backendOf(url)?.noGc;
}
/** Why a store URL holds no device data, or undefined when it does. */
function telemetryRefusal(url) {
    return backendOf(url)?.noTelemetry;
}
/**
 * Opens a store that holds both release and device data (what `capflight serve` and device
 * commands need); a backend that cannot hold device data is a configuration error saying why.
 */
function openTelemetryStore(url, cwd, env = {}, what = 'This command') {
    const backend = backendOf(url);
    if (!backend)
        return new FileStore(external_node_path_default().resolve(cwd, url));
    if (backend.noTelemetry !== undefined) // The scheme only: a store URL's query may carry keys.
        throw new errors_ConfigurationError([`${what} needs device data, which ${url.split(/[?#]/)[0]} stores cannot hold: ${backend.noTelemetry}. Use a file: or s3:// store.`]);
    return backend.open(url, cwd, env, {});
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __nccwpck_require__(2088);
var semver_default = /*#__PURE__*/__nccwpck_require__.n(semver);
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
function str(body, key, required, max = 256) {
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
    const known = nativeVersions.get(text);
    if (known)
        return known;
    const m = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?([-+][0-9A-Za-z.+-]*)?$/.exec(text.trim());
    const v = m ? semver_default().valid(`${m[1]}.${m[2] ?? 0}.${m[3] ?? 0}${m[4] ?? ''}`) : null;
    if (v)
        remember(nativeVersions, text, v);
    if (!v)
        throw new ProtocolError(400, 'invalid_version_build', `version_build "${text.slice(0, 50)}" is not a version such as 1.2.0. It is the native app's version; check the app's build settings or the plugin's "version" option.`);
    return v;
}
// A fleet reports a handful of native versions: each is parsed and compared once, not on every
// request. Bounded, since the strings come from devices.
const MEMO_LIMIT = 10_000;
const nativeVersions = new Map();
const runsOnMemo = new Map();
function remember(memo, key, value) {
    if (memo.size >= MEMO_LIMIT)
        memo.clear();
    memo.set(key, value);
}
/** Whether a bundle needing `minNativeVersion` runs on a native build of version `build` (a valid semver). */
function runsOn(minNativeVersion, build) {
    if (!minNativeVersion)
        return true;
    const key = `${minNativeVersion}\n${build}`;
    let answer = runsOnMemo.get(key);
    if (answer === undefined) {
        answer = !semver_default().valid(minNativeVersion) || semver_default().lte(minNativeVersion, build);
        remember(runsOnMemo, key, answer);
    }
    return answer;
}
/** Validates the device fields every endpoint needs. */
function readDeviceInfo(body, options) {
    if (!body || typeof body !== 'object' || Array.isArray(body))
        throw new ProtocolError(400, 'invalid_body', 'The request body must be a JSON object.');
    const b = body;
    const app_id = str(b, 'app_id', true);
    const appProblem = nameProblem('appId', app_id, 'app_id');
    if (appProblem)
        throw new ProtocolError(400, 'invalid_app_id', appProblem);
    const device_id = str(b, 'device_id', true);
    const deviceProblem = nameProblem('deviceId', device_id, 'device_id');
    if (deviceProblem)
        throw new ProtocolError(400, 'invalid_device_id', deviceProblem);
    const info = {
        app_id,
        device_id,
        version_name: str(b, 'version_name', false) ?? 'builtin',
        version_build: str(b, 'version_build', options.needVersions) ?? '',
        version_code: str(b, 'version_code', false),
        version_os: str(b, 'version_os', false),
        platform: str(b, 'platform', false, 32),
        plugin_version: str(b, 'plugin_version', false, 64),
        custom_id: str(b, 'custom_id', false),
        defaultChannel: str(b, 'defaultChannel', false, 100),
        key_id: str(b, 'key_id', false, 64),
        channel: str(b, 'channel', false, 100)
    };
    for (const key of ['is_emulator', 'is_prod']) {
        const v = b[key];
        if (v !== undefined && v !== null && typeof v !== 'boolean')
            throw new ProtocolError(400, `invalid_${key}`, `"${key}" must be true or false.`);
        info[key] = v;
    }
    const channelProblem = info.channel === undefined ? undefined : nameProblem('channel', info.channel, 'channel');
    if (channelProblem)
        throw new ProtocolError(400, 'invalid_channel', channelProblem);
    // A build's defaultChannel that is no channel name names no channel: the server default applies.
    if (info.defaultChannel !== undefined && !isValidName('channel', info.defaultChannel))
        info.defaultChannel = undefined;
    if (options.needVersions)
        nativeVersion(info.version_build);
    return info;
}

;// CONCATENATED MODULE: ./src/core/health/distinct.ts

/**
 * A set of devices that merges exactly across serve instances and hours: a union of sets is
 * the same however often or in whatever order it is taken, so parts written by several
 * instances (or read twice) never count a device twice. Up to EXACT_MAX devices the set holds
 * each device's 64-bit key and counts exactly (the gate's early cohorts); past it, it becomes a
 * HyperLogLog sketch of 2^12 registers (4 KiB, standard error 1.04/√4096 ≈ 1.6%), which unions
 * by taking the larger register.
 */
const EXACT_MAX = 2048;
const P = 12;
const M = 1 << P;
/** A device's key in rollups: 64 bits of SHA-256 of app and device id, as 16 hex digits. */
function deviceKey(appId, deviceId) {
    return (0,external_node_crypto_.createHash)('sha256').update(`${appId}\0${deviceId}`).digest('hex').slice(0, 16);
}
class DistinctSet {
    exact = new Set();
    registers;
    add(key) {
        if (this.exact) {
            this.exact.add(key);
            if (this.exact.size > EXACT_MAX)
                this.toSketch();
        }
        else {
            setRegister(this.registers, key);
        }
    }
    merge(other) {
        if (other.exact && this.exact) {
            for (const key of other.exact)
                this.exact.add(key);
            if (this.exact.size > EXACT_MAX)
                this.toSketch();
            return;
        }
        if (this.exact)
            this.toSketch();
        if (other.exact)
            for (const key of other.exact)
                setRegister(this.registers, key);
        else
            for (let i = 0; i < M; i++)
                if (other.registers[i] > this.registers[i])
                    this.registers[i] = other.registers[i];
    }
    /** Devices in the set: exact up to EXACT_MAX, else the sketch's estimate. */
    get size() {
        if (this.exact)
            return this.exact.size;
        const registers = this.registers;
        let sum = 0;
        let zeros = 0;
        for (let i = 0; i < M; i++) {
            sum += 2 ** -registers[i];
            if (registers[i] === 0)
                zeros++;
        }
        const estimate = (0.7213 / (1 + 1.079 / M)) * M * M / sum;
        // Small-range correction (linear counting), as in Flajolet et al.
        return Math.round(estimate <= 2.5 * M && zeros > 0 ? M * Math.log(M / zeros) : estimate);
    }
    get isExact() {
        return this.exact !== undefined;
    }
    toJSON() {
        return this.exact ? { e: [...this.exact].sort() } : { h: Buffer.from(this.registers).toString('base64') };
    }
    static fromJSON(json) {
        const set = new DistinctSet();
        if ('h' in json) {
            set.exact = undefined;
            set.registers = new Uint8Array(Buffer.from(json.h, 'base64').subarray(0, M));
        }
        else {
            for (const key of json.e)
                if (/^[0-9a-f]{16}$/.test(key))
                    set.exact.add(key);
        }
        return set;
    }
    static union(sets) {
        const out = new DistinctSet();
        for (const s of sets)
            if (s)
                out.merge(s);
        return out;
    }
    toSketch() {
        this.registers = new Uint8Array(M);
        for (const key of this.exact)
            setRegister(this.registers, key);
        this.exact = undefined;
    }
}
/** The first 12 bits pick the register; it keeps the longest run of leading zeros (+1) of the other 52. */
function setRegister(registers, key) {
    const index = parseInt(key.slice(0, 3), 16);
    let rank = 1;
    for (let i = 3; i < 16; i++) {
        const digit = parseInt(key[i], 16);
        if (digit === 0) {
            rank += 4;
            continue;
        }
        rank += Math.clz32(digit) - 28;
        break;
    }
    if (rank > registers[index])
        registers[index] = rank;
}

;// CONCATENATED MODULE: ./src/core/health/rollup.ts

/**
 * What the plugin's stats events say about a bundle (capacitor-updater 8.x's own action names,
 * from its Android and iOS sources). Progress and lifecycle events (`download_10`,
 * `app_moved_to_foreground` …) are kept in the raw rows and do not count here.
 */
const FAILURE_KINDS = {
    download: ['download_fail', 'finish_download_fail', 'unzip_fail', 'low_mem_fail', 'insufficient_disk_space', 'directory_path_fail', 'canonical_path_fail', 'windows_path_fail'],
    install: ['set_fail', 'update_fail'],
    checksum: ['checksum_fail', 'checksum_required', 'session_key_required', 'decrypt_fail'],
    launch: ['app_launch_timeout']
};
const UNHEALTHY_KINDS = {
    crash: ['app_crash', 'app_initialization_failure'],
    native_crash: ['app_crash_native'],
    anr: ['app_anr'],
    webview: ['webview_render_process_gone', 'webview_content_process_terminated', 'webview_unclean_restart']
};
const METRIC_OF_ACTION = new Map([
    ['set', 'installed'],
    ...Object.entries(FAILURE_KINDS).flatMap(([kind, actions]) => actions.map((a) => [a, `failed.${kind}`])),
    ...Object.entries(UNHEALTHY_KINDS).flatMap(([kind, actions]) => actions.map((a) => [a, `unhealthy.${kind}`]))
]);
/** The measure a stats action counts towards, if any. */
function metricOfAction(action) {
    return METRIC_OF_ACTION.get(action);
}
const keyOf = (g) => `${g.channel}\0${g.version}\0${g.platform}\0${g.native}`;
/** Distinct devices per group and measure; mergeable in any order, any number of times. */
class Rollup {
    groups = new Map();
    add(group, metric, device) {
        const metrics = this.entry(group).metrics;
        let set = metrics.get(metric);
        if (!set) {
            set = new DistinctSet();
            metrics.set(metric, set);
        }
        set.add(device);
    }
    merge(other) {
        for (const { group, metrics } of other.groups.values()) {
            const mine = this.entry(group).metrics;
            for (const [metric, set] of metrics) {
                const existing = mine.get(metric);
                if (existing)
                    existing.merge(set);
                else
                    mine.set(metric, DistinctSet.union([set]));
            }
        }
    }
    get isEmpty() {
        return this.groups.size === 0;
    }
    toJSON() {
        return {
            groups: [...this.groups.values()].map(({ group, metrics }) => ({ ...group, metrics: Object.fromEntries([...metrics].map(([m, s]) => [m, s.toJSON()])) }))
        };
    }
    static fromJSON(json) {
        const rollup = new Rollup();
        for (const g of json.groups ?? []) {
            const group = { channel: String(g.channel), version: String(g.version), platform: String(g.platform), native: String(g.native) };
            const metrics = rollup.entry(group).metrics;
            for (const [metric, set] of Object.entries(g.metrics ?? {})) {
                const parsed = DistinctSet.fromJSON(set);
                const existing = metrics.get(metric);
                if (existing)
                    existing.merge(parsed);
                else
                    metrics.set(metric, parsed);
            }
        }
        return rollup;
    }
    /** The union of `metrics` over the groups `where` accepts. */
    devices(where, metrics) {
        const sets = [];
        for (const { group, metrics: m } of this.groups.values()) {
            if (!where(group))
                continue;
            for (const metric of metrics) {
                const set = m.get(metric);
                if (set)
                    sets.push(set);
            }
        }
        return DistinctSet.union(sets);
    }
    entry(group) {
        const key = keyOf(group);
        let entry = this.groups.get(key);
        if (!entry) {
            entry = { group: { ...group }, metrics: new Map() };
            this.groups.set(key, entry);
        }
        return entry;
    }
}
const FAILED_METRICS = Object.keys(FAILURE_KINDS).map((k) => `failed.${k}`);
const UNHEALTHY_METRICS = Object.keys(UNHEALTHY_KINDS).map((k) => `unhealthy.${k}`);

;// CONCATENATED MODULE: ./src/core/health/recorder.ts



/** Where telemetry lives below `apps/<appId>/telemetry/`: Hive-style partitions any engine reads. */
const TELEMETRY_LAYOUT = {
    decisions: (day) => ['decisions', `day=${day}`],
    events: (day) => ['events', `day=${day}`],
    rollupDay: (day) => ['rollups', `day=${day}`],
    rollupHour: (day, hour) => ['rollups', `day=${day}`, `hour=${hour}`]
};
const empty = () => ({ decisions: new Map(), events: new Map(), rollups: new Map(), spans: new Map() });
/**
 * Buffers one serve instance's decisions and stats in memory and writes them in batches: per
 * app and flush, one NDJSON object per day for each kind of row and one rollup part per hour.
 * What a flush fails to write stays buffered for the next one, up to `maxRows`.
 */
class TelemetryRecorder {
    store;
    options;
    pending = new Map();
    /** Apps this instance has recorded anything for. */
    apps = new Set();
    seq = 0;
    flushing;
    instance;
    dropped = 0;
    written = 0;
    constructor(store, options = {}) {
        this.store = store;
        this.options = options;
        this.instance = options.instance ?? `${process.pid.toString(36)}${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
    }
    /** Rows (decisions and events) buffered and not yet written. */
    rows = 0;
    decision(row) {
        const p = this.room(row.app_id);
        if (!p)
            return;
        const [day, hour] = dayHour(row.t);
        push(p.decisions, day, JSON.stringify(row));
        const rollup = rollupOf(p, day, hour, row.t);
        const device = this.keyOf(row.app_id, row.device_id);
        const group = (version) => ({ channel: row.channel, version, platform: row.platform, native: row.native });
        rollup.add(group(row.current), 'checked', device);
        if (row.sent)
            rollup.add(group(row.sent), 'offered', device);
        this.rows++;
    }
    event(row) {
        const p = this.room(row.app_id);
        if (!p)
            return;
        const [day, hour] = dayHour(row.t);
        push(p.events, day, JSON.stringify(row));
        const metric = metricOfAction(row.action);
        if (metric)
            rollupOf(p, day, hour, row.t).add({ channel: row.channel, version: row.version, platform: row.platform, native: row.native }, metric, this.keyOf(row.app_id, row.device_id));
        this.rows++;
    }
    last = { app: '', device: '', key: '' };
    /** A device's key, hashed once for a run of its rows (a stats batch is one device's queue). */
    keyOf(appId, deviceId) {
        const last = this.last;
        if (last.device !== deviceId || last.app !== appId)
            this.last = { app: appId, device: deviceId, key: deviceKey(appId, deviceId) };
        return this.last.key;
    }
    /** Writes everything buffered; resolves to the number of objects written. One flush at a time. */
    flush() {
        this.flushing ??= this.write().finally(() => { this.flushing = undefined; });
        return this.flushing;
    }
    async write() {
        const batch = this.pending;
        this.pending = new Map();
        this.rows = 0;
        let objects = 0;
        for (const [appId, p] of batch) {
            const name = `${this.instance}-${String(++this.seq).padStart(6, '0')}`;
            try {
                for (const [day, lines] of p.decisions) {
                    await this.store.putTelemetry(appId, [...TELEMETRY_LAYOUT.decisions(day), `${name}.ndjson`], `${lines.join('\n')}\n`);
                    p.decisions.delete(day);
                    objects++;
                }
                for (const [day, lines] of p.events) {
                    await this.store.putTelemetry(appId, [...TELEMETRY_LAYOUT.events(day), `${name}.ndjson`], `${lines.join('\n')}\n`);
                    p.events.delete(day);
                    objects++;
                }
                for (const [key, rollup] of p.rollups) {
                    const [day, hour] = key.split('\0');
                    await this.store.putTelemetry(appId, [...TELEMETRY_LAYOUT.rollupHour(day, hour), `${name}.json`], JSON.stringify({ ...p.spans.get(key), ...rollup.toJSON() }));
                    p.rollups.delete(key);
                    objects++;
                }
            }
            catch (error) {
                // Kept for the next flush: what was written is gone from `p`, the rest goes back.
                this.restore(appId, p);
                this.written += objects;
                throw error;
            }
        }
        this.written += objects;
        return objects;
    }
    restore(appId, p) {
        const into = this.pending.get(appId) ?? empty();
        for (const [day, lines] of p.decisions)
            into.decisions.set(day, [...lines, ...(into.decisions.get(day) ?? [])]);
        for (const [day, lines] of p.events)
            into.events.set(day, [...lines, ...(into.events.get(day) ?? [])]);
        for (const [key, rollup] of p.rollups) {
            const existing = into.rollups.get(key);
            if (existing)
                rollup.merge(existing);
            into.rollups.set(key, rollup);
            const span = p.spans.get(key);
            const other = into.spans.get(key);
            into.spans.set(key, other ? { first: Math.min(span.first, other.first), last: Math.max(span.last, other.last) } : span);
        }
        for (const lines of [...p.decisions.values(), ...p.events.values()])
            this.rows += lines.length;
        this.pending.set(appId, into);
    }
    room(appId) {
        if (this.rows >= (this.options.maxRows ?? 200_000)) {
            this.dropped++;
            return undefined;
        }
        this.apps.add(appId);
        let p = this.pending.get(appId);
        if (!p) {
            p = empty();
            this.pending.set(appId, p);
        }
        return p;
    }
}
function dayHour(iso) {
    return [iso.slice(0, 10), iso.slice(11, 13)];
}
function push(map, key, line) {
    const list = map.get(key);
    if (list)
        list.push(line);
    else
        map.set(key, [line]);
}
function rollupOf(p, day, hour, iso) {
    const key = `${day}\0${hour}`;
    const t = Date.parse(iso);
    const span = p.spans.get(key);
    if (span) {
        span.first = Math.min(span.first, t);
        span.last = Math.max(span.last, t);
    }
    else {
        p.spans.set(key, { first: t, last: t });
    }
    let rollup = p.rollups.get(key);
    if (!rollup) {
        rollup = new Rollup();
        p.rollups.set(key, rollup);
    }
    return rollup;
}

;// CONCATENATED MODULE: ./src/core/serve/handler.ts






const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' };
const PLAIN_PATH = /^(?:\/(?!\.\.?(?:\/|$))[A-Za-z0-9_.-]+)+$/;
const DOWNLOAD = /^\/download\/([A-Za-z0-9._-]{1,200})\/(artifacts|files)\/([0-9a-f]{64})(\.zip)?$/;
const MAX_MANIFEST_ENTRIES = 20_000;
/** The file blob a download URL of ours names, for this app. */
function blobOfDownloadUrl(url, appId) {
    if (!url)
        return undefined;
    let pathname;
    try {
        pathname = new URL(url).pathname;
    }
    catch {
        return undefined;
    }
    const d = DOWNLOAD.exec(pathname.replace(/^.*(?=\/download\/)/, ''));
    return d && d[1] === appId && d[2] === 'files' ? d[3] : undefined;
}
/**
 * Bounds /stats per instance: each device may send `perMinute` events a minute. What is refused
 * is counted, never stored. Memory stays flat: the per-device table is dropped whole when it
 * grows past its cap.
 */
class StatsLimiter {
    perMinute;
    now;
    devices = new Map();
    accepted = 0;
    refused = 0;
    constructor(perMinute, now) {
        this.perMinute = perMinute;
        this.now = now;
    }
    /** Takes one event of this device's rate for the current minute; false when it is used up. */
    take(appId, deviceId) {
        const window = Math.floor(this.now().getTime() / 60_000);
        if (this.devices.size > 100_000)
            this.devices.clear();
        const key = `${appId}\0${deviceId}`;
        const entry = this.devices.get(key);
        const current = entry && entry.window === window ? entry : { window, count: 0 };
        this.devices.set(key, current);
        if (current.count >= this.perMinute)
            return false;
        current.count++;
        return true;
    }
}
function json(status, body) {
    return { status, headers: JSON_HEADERS, body: JSON.stringify(body) };
}
function fail(status, error, message) {
    return json(status, { error, message });
}
/**
 * An answer to /updates that is not an update. capacitor-updater 8.x reads `kind`: `up_to_date`
 * and `blocked` are normal outcomes; without a kind, it counts the check as a failed download.
 */
function noUpdate(kind, error, message) {
    return json(200, { kind, error, message });
}
/** A channel's id in /channel_self: a number (both platforms require one), stable for the name. */
function channelId(appId, name) {
    return (0,external_node_crypto_.createHash)('sha256').update(`${appId}\0${name}`).digest().readUInt32BE(0) & 0x7fffffff;
}
/** A device's bucket (0–9999) for a rollout of `version`: it is in the rollout when below the share in basis points. */
function rolloutBucket(deviceId, version) {
    return (0,external_node_crypto_.createHash)('sha256').update(`${deviceId}:${version}`).digest().readUInt32BE(0) % 10000;
}
/** A device is in a rollout when its bucket is below the share in basis points: cohorts only grow as the share rises. */
function inRollout(deviceId, version, percentageBps) {
    return rolloutBucket(deviceId, version) < percentageBps;
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
    answers = new Map();
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
    /**
     * The serialized `manifest` array of a bundle for one download base URL (bundles are immutable),
     * or '' when the bundle cannot be sent file by file. A file with a Brotli form is listed as
     * `<path>.br`: the plugin downloads that form and decompresses it. The plugin reads every name
     * ending in .br so, so a file named so without a Brotli form (a bundle stored before Brotli
     * forms) leaves the device the whole zip.
     */
    manifestJson(bundle, base) {
        if (!bundle.manifest?.length || bundle.manifest.some((f) => !f.brotli && f.path.endsWith('.br')))
            return '';
        const prefix = `${base}/download/${encodeURIComponent(bundle.appId)}/files/`;
        return JSON.stringify(bundle.manifest.map((f) => f.brotli
            ? { file_name: `${f.path}.br`, file_hash: f.hashSignature ?? f.sha256, download_url: `${prefix}${f.brotli.blob}` }
            : { file_name: f.path, file_hash: f.hashSignature ?? f.sha256, download_url: `${prefix}${f.blob ?? f.sha256}` }));
    }
    /**
     * The `/updates` answer that sends a bundle, for one download base URL. It depends on nothing
     * else, and bundles are immutable: made once (the manifest can list thousands of files), then
     * sent as it is to every device it is for. A string: Node writes headers and body in one piece.
     */
    updateAnswer(bundle, base) {
        const key = `${bundle.appId}\0${bundle.version}\0${base}`;
        let hit = this.answers.get(key);
        if (hit === undefined) {
            if (this.answers.size > 200)
                this.answers.clear();
            const body = {
                version: bundle.version,
                url: `${base}/download/${encodeURIComponent(bundle.appId)}/artifacts/${artifactOf(bundle)}.zip`,
                // Encrypted bundles: the plugin decrypts this signature with its public key to get the SHA-256.
                checksum: bundle.signature ?? bundle.checksum
            };
            if (bundle.sessionKey)
                body.session_key = bundle.sessionKey;
            const manifest = this.manifestJson(bundle, base);
            const text = JSON.stringify(body);
            hit = manifest ? `${text.slice(0, -1)},"manifest":${manifest}}` : text;
            this.answers.set(key, hit);
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
    return Object.assign(async (request) => {
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
    }, { flush: () => handle.flush() });
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
    const maxManifestBytes = options.maxManifestBytes ?? 2 * 1024 * 1024;
    const now = options.now ?? (() => new Date());
    const statsLimiter = new StatsLimiter(options.statsPerDevicePerMinute ?? 120, now);
    const maxPending = options.maxPendingStats ?? 200_000;
    const recorder = options.recorder ?? new TelemetryRecorder(options.store, { maxRows: maxPending });
    const flushRows = options.flushRows ?? Math.floor(maxPending / 4);
    // Under a burst the buffer is written as soon as it is large (a failure stays buffered, as on the timer).
    const spill = () => { if (recorder.rows >= flushRows)
        recorder.flush().catch((error) => options.onError?.(error)); };
    async function requireApp(appId) {
        const names = await view.channelNames(appId);
        if (names.length === 0)
            throw new ProtocolError(404, 'app_not_found', `No channel of app "${appId}" is in this store. Release it with "capflight release" first, or check the appId in capacitor.config.`);
        return names;
    }
    async function allowsSelfSet(appId, name) {
        const c = await view.channel(appId, name);
        return Boolean(c && channelSettings(c).allowSelfSet);
    }
    /**
     * An operator's override (capflight device set-channel), else the channel the device names
     * (its build's defaultChannel, or what setChannel() chose) when that channel lets devices pick
     * it, else the server's default. A device's request is unauthenticated: naming a channel is
     * self-assignment, so a channel that does not allow it is never served that way.
     */
    async function channelFor(device, names) {
        const own = await view.deviceChannel(device.app_id, device.device_id);
        if (own && names.includes(own))
            return { name: own, why: 'override' };
        const named = device.defaultChannel;
        if (named && named !== defaultChannel && names.includes(named) && await allowsSelfSet(device.app_id, named))
            return { name: named, why: 'self' };
        if (names.includes(defaultChannel))
            return { name: defaultChannel, why: 'default' };
        throw new ProtocolError(400, 'channel_not_found', `The default channel "${defaultChannel}" does not exist for ${device.app_id}${named ? ` (and the device's channel "${named}" cannot be chosen by devices)` : ''}. Release to "${defaultChannel}", or start capflight serve with --default-channel.`);
    }
    function origin(request) {
        return (options.publicUrl ?? request.origin).replace(/\/$/, '');
    }
    async function updates(request) {
        const device = readDeviceInfo(readBody(request, maxBody), { needVersions: true });
        const names = await requireApp(device.app_id);
        const { name, why } = await channelFor(device, names);
        const channel = await view.channel(device.app_id, name);
        if (!channel)
            throw new ProtocolError(400, 'channel_not_found', `Channel "${name}" does not exist for ${device.app_id}.`);
        const build = nativeVersion(device.version_build);
        const rollout = channel.rollout;
        const bucket = rollout ? rolloutBucket(device.device_id, rollout.version) : null;
        const decision = {
            t: now().toISOString(), app_id: device.app_id, device_id: device.device_id, channel: name, why,
            platform: device.platform ?? 'unknown', native: device.version_build ?? build, current: device.version_name, bucket
        };
        const answer = (kind, error, message) => {
            recorder.decision({ ...decision, kind, reason: error });
            spill();
            return noUpdate(kind, error, message);
        };
        const settings = channelSettings(channel);
        if (device.platform === 'ios' && !settings.ios)
            return answer('blocked', 'disabled_platform_ios', `Channel "${name}" does not serve iOS devices.`);
        if (device.platform === 'android' && !settings.android)
            return answer('blocked', 'disabled_platform_android', `Channel "${name}" does not serve Android devices.`);
        if (device.is_emulator && !settings.allowEmulator)
            return answer('blocked', 'disable_emulator', `Channel "${name}" does not serve emulators.`);
        if (device.is_prod === false && !settings.allowDev)
            return answer('blocked', 'disable_dev_build', `Channel "${name}" does not serve development builds.`);
        // A paused rollout keeps the devices that already run it and reaches no new one.
        const inCohort = rollout && bucket < rollout.percentageBps && (!rollout.paused || device.version_name === rollout.version);
        const candidates = [...(inCohort ? [rollout.version] : []), ...servedVersions(channel)];
        let bundle;
        for (const version of candidates) {
            const b = await view.bundle(device.app_id, version);
            if (b && runsOn(b.minNativeVersion, build)) {
                bundle = b;
                break;
            }
        }
        if (!bundle)
            return answer('up_to_date', 'no_new_version_available', `No bundle on "${name}" runs on native version ${build}; update the app from the store.`);
        if (bundle.version === device.version_name)
            return answer('up_to_date', 'no_new_version_available', `The device already runs ${bundle.version}, the newest bundle on "${name}" for it.`);
        recorder.decision({ ...decision, sent: bundle.version });
        spill();
        return { status: 200, headers: JSON_HEADERS, body: view.updateAnswer(bundle, origin(request)) };
    }
    async function stats(request) {
        const body = readBody(request, maxStatsBytes);
        const list = Array.isArray(body) ? body : [body];
        if (list.length > maxStatsEvents)
            throw new ProtocolError(413, 'too_many_events', `At most ${maxStatsEvents} events per request; send them in smaller batches.`);
        if (list.length === 0)
            return json(200, { status: 'ok' });
        const at = now();
        const events = [];
        for (const raw of list) {
            const device = readDeviceInfo(raw, { needVersions: false });
            const action = raw.action;
            if (typeof action !== 'string' || !/^[a-z0-9_]{1,64}$/.test(action))
                throw new ProtocolError(400, 'invalid_action', 'Each event needs an "action" such as "set" or "download_fail".');
            const ts = raw.timestamp;
            // A device's clock is its own: a time far from ours is read as now.
            const sent = typeof ts === 'number' && Math.abs(ts - at.getTime()) < 7 * 86400_000 ? ts : at.getTime();
            const oldVersion = raw.old_version_name;
            events.push({
                appId: device.app_id,
                device,
                event: {
                    action, version_name: device.version_name, device_id: device.device_id, platform: device.platform,
                    timestamp: sent, ...(typeof oldVersion === 'string' && oldVersion ? { old_version_name: oldVersion.slice(0, 256) } : {})
                }
            });
        }
        for (const appId of new Set(events.map((e) => e.appId)))
            await requireApp(appId);
        // Each device's events within its rate; the rest is refused and counted.
        const admitted = events.filter(({ appId, event }) => statsLimiter.take(appId, event.device_id));
        const refused = events.length - admitted.length;
        if (admitted.length === 0 || recorder.rows + admitted.length > maxPending) {
            statsLimiter.refused += events.length;
            return { status: 429, headers: { ...JSON_HEADERS, 'retry-after': '60' }, body: JSON.stringify({ error: 'too_many_requests', message: admitted.length === 0 ? 'This device sent more stats events than the server takes in a minute; send fewer.' : 'The server is busy writing stats; try again later.' }) };
        }
        statsLimiter.refused += refused;
        // The channel each device is on now, as /updates would choose it: once per device of the batch.
        const channels = new Map();
        const channelOf = (appId, device) => {
            const key = `${appId}\0${device.device_id}`;
            let name = channels.get(key);
            if (!name) {
                name = view.channelNames(appId).then((names) => channelFor(device, names)).then((c) => c.name, () => device.defaultChannel ?? defaultChannel);
                channels.set(key, name);
            }
            return name;
        };
        for (const { appId, event, device } of admitted) {
            const name = await channelOf(appId, device);
            recorder.event({
                t: new Date(event.timestamp).toISOString(), app_id: appId, device_id: event.device_id, channel: name, action: event.action,
                version: event.version_name, ...(event.old_version_name ? { old_version: event.old_version_name } : {}),
                platform: event.platform ?? 'unknown', native: device.version_build ?? nativeVersion(device.version_build)
            });
        }
        statsLimiter.accepted += admitted.length;
        spill();
        return json(200, refused ? { status: 'ok', refused, message: `${refused} event(s) over this device's rate were not stored.` } : { status: 'ok' });
    }
    /**
     * capacitor-updater 8.x's channel_self: GET lists channels, PUT answers the device's channel,
     * POST validates a self-assignment (the plugin keeps the choice on the device and sends it as
     * defaultChannel), DELETE removes an operator's override.
     */
    async function channelSelf(request) {
        const query = () => Object.fromEntries(new URL(request.path, 'http://query').searchParams);
        if (request.method === 'GET') {
            const params = query();
            const device = readDeviceInfo({ ...params, is_emulator: undefined, is_prod: undefined }, { needVersions: false });
            const names = await requireApp(device.app_id);
            const list = [];
            for (const name of names) {
                list.push({ id: channelId(device.app_id, name), name, public: name === defaultChannel, allow_self_set: await allowsSelfSet(device.app_id, name) });
            }
            return json(200, list);
        }
        const body = request.method === 'DELETE' && !request.body?.length ? query() : readBody(request, maxBody);
        const device = readDeviceInfo(body, { needVersions: false });
        const names = await requireApp(device.app_id);
        if (request.method === 'PUT') {
            const { name, why } = await channelFor(device, names);
            return json(200, { channel: name, status: why === 'default' ? 'default' : 'override', allowSet: await allowsSelfSet(device.app_id, name) });
        }
        if (request.method === 'DELETE') {
            view.forgetDevice(device.app_id, device.device_id);
            await options.store.putDeviceChannel(device.app_id, device.device_id, undefined);
            return json(200, { status: 'ok', message: 'Channel override removed.' });
        }
        // POST: may the device pick this channel? Nothing is stored: the device keeps its choice.
        const wanted = device.channel;
        // readDeviceInfo has checked the name; here it must be there.
        if (!wanted)
            throw new ProtocolError(400, 'missing_channel', 'Send the channel to use in "channel".');
        if (!names.includes(wanted))
            return fail(400, 'channel_not_found', `Channel "${wanted}" does not exist for ${device.app_id}.`);
        if (wanted === defaultChannel)
            return json(200, { status: 'ok', unset: true, message: `"${wanted}" is the default channel: the device follows it without choosing it.` });
        if (!await allowsSelfSet(device.app_id, wanted))
            return fail(400, 'channel_set_from_device_not_allowed', `Channel "${wanted}" cannot be chosen by devices. Allow it with: capflight channel --channel ${wanted} --allow-self-set true`);
        return json(200, { status: 'ok', message: `The device may follow "${wanted}".` });
    }
    /** POST /updates/manifest_size (plugin 8.47+): the download size of each manifest entry. */
    async function manifestSize(request) {
        const body = readBody(request, maxManifestBytes);
        const device = readDeviceInfo(body, { needVersions: false });
        await requireApp(device.app_id);
        const raw = body.manifest;
        if (!Array.isArray(raw))
            throw new ProtocolError(400, 'invalid_manifest', 'Send the manifest entries to size in "manifest" (an array of {file_name, file_hash, download_url}).');
        if (raw.length > MAX_MANIFEST_ENTRIES)
            throw new ProtocolError(413, 'manifest_too_large', `At most ${MAX_MANIFEST_ENTRIES} manifest entries per request.`);
        const version = body.version;
        const bundle = typeof version === 'string' && isValidName('version', version) ? await view.bundle(device.app_id, version) : undefined;
        const byHash = new Map();
        for (const f of bundle?.manifest ?? []) {
            const blob = f.brotli?.blob ?? f.blob ?? f.sha256;
            byHash.set(f.sha256, blob);
            if (f.hashSignature)
                byHash.set(f.hashSignature, blob);
        }
        const files = [];
        let totalSize = 0;
        let knownFiles = 0;
        for (const entry of raw) {
            const e = (entry && typeof entry === 'object' ? entry : {});
            const text = (key) => (typeof e[key] === 'string' ? e[key].slice(0, 2048) : null);
            const out = { file_name: text('file_name'), file_hash: text('file_hash'), download_url: text('download_url') };
            const blob = blobOfDownloadUrl(out.download_url, device.app_id) ?? byHash.get(out.file_hash);
            const size = blob ? await options.store.statBlob(device.app_id, 'files', blob) : undefined;
            if (size === undefined)
                out.error = 'unknown_file';
            else {
                out.size = size;
                totalSize += size;
                knownFiles++;
            }
            files.push(out);
        }
        return json(200, { totalSize, knownFiles, unknownFiles: files.length - knownFiles, files });
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
    const handle = async function handle(request) {
        try {
            const q = request.path.indexOf('?');
            const raw = q < 0 ? request.path : request.path.slice(0, q);
            // A plain path is its own pathname; one with escapes, dot segments or doubled slashes is
            // normalised as a URL would be.
            const pathname = PLAIN_PATH.test(raw) ? raw : new URL(raw, 'http://path').pathname;
            const method = request.method;
            if (pathname === '/updates')
                return method === 'POST' ? await updates(request) : fail(405, 'method_not_allowed', 'Use POST /updates.');
            if (pathname === '/updates/manifest_size')
                return method === 'POST' ? await manifestSize(request) : fail(405, 'method_not_allowed', 'Use POST /updates/manifest_size.');
            if (pathname === '/stats')
                return method === 'POST' ? await stats(request) : fail(405, 'method_not_allowed', 'Use POST /stats.');
            if (pathname === '/channel_self') {
                return ['GET', 'PUT', 'POST', 'DELETE'].includes(method) ? await channelSelf(request) : fail(405, 'method_not_allowed', 'Use GET, PUT, POST or DELETE /channel_self.');
            }
            if (pathname === '/health')
                return json(200, { status: 'ok', stats: { accepted: statsLimiter.accepted, refused: statsLimiter.refused, pending: recorder.rows, written: recorder.written, dropped: recorder.dropped } });
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
    return Object.assign(handle, { flush: () => recorder.flush(), recorder });
}


;// CONCATENATED MODULE: ./src/serve.ts
/**
 * The self-hosted update endpoint as a library, for serverless functions and
 * edge workers: `createUpdateHandler({ store: openStore(url, cwd) })` is a
 * standard (Request) => Promise<Response> handler.
 */




/** The store the CLI uses when none is named: the embedded local store of the folder. */
const DEFAULT_STORE = '.capflight/store';
/**
 * Opens a store the endpoint can serve from: release storage and device data (file: or s3://;
 * capgo: is refused, since devices on Capgo update from Capgo). No URL (an unset variable) is
 * the embedded local store below `cwd`, as for the CLI. `env` supplies credentials.
 */
function serve_openStore(url, cwd = '.', env = {}) {
    return openTelemetryStore(url || DEFAULT_STORE, cwd, env, 'createUpdateHandler');
}

var __webpack_exports__FileStore = __webpack_exports__.yI;
var __webpack_exports__createRawHandler = __webpack_exports__.DG;
var __webpack_exports__createUpdateHandler = __webpack_exports__.ol;
var __webpack_exports__inRollout = __webpack_exports__.B5;
var __webpack_exports__knownStoreSchemes = __webpack_exports__.fA;
var __webpack_exports__openStore = __webpack_exports__.Ch;
export { __webpack_exports__FileStore as FileStore, __webpack_exports__createRawHandler as createRawHandler, __webpack_exports__createUpdateHandler as createUpdateHandler, __webpack_exports__inRollout as inRollout, __webpack_exports__knownStoreSchemes as knownStoreSchemes, __webpack_exports__openStore as openStore };
