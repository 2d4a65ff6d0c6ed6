/**
 * jsdom does no layout: every element measures 0×0, `offsetParent` is always null, and
 * `scrollTo`, `matchMedia` and `ResizeObserver` are missing. Fluent UI's focus manager (tabster)
 * reads a null `offsetParent` as `display: none`, so without a stub it finds nothing focusable in a
 * Dialog, never moves focus into it, and the dialog stays `aria-hidden`. @tanstack/react-virtual reads the scroll container's
 * `clientWidth`/`clientHeight` and each row's `offsetHeight`, so with zeros it renders no rows.
 * These stubs give every element a fixed, predictable size so virtualised lists render
 * deterministically in component tests.
 */
export const JSDOM_VIEWPORT = { width: 1024, height: 768 } as const;

/** Height every element reports as `offsetHeight`; a virtualised row measures this tall. */
export const JSDOM_ELEMENT_OFFSET_HEIGHT = 40;

function defineGetter(prototype: object, property: string, value: number): void {
  Object.defineProperty(prototype, property, {
    configurable: true,
    get: () => value,
  });
}

class NoopResizeObserver implements ResizeObserver {
  observe(): void {
    /* jsdom never resizes anything, so there is nothing to report */
  }
  unobserve(): void {
    /* nothing observed */
  }
  disconnect(): void {
    /* nothing observed */
  }
}

function createMediaQueryList(query: string): MediaQueryList {
  const target = new EventTarget();
  return Object.assign(target, {
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
  }) as MediaQueryList;
}

export function installJsdomLayoutStubs(): void {
  defineGetter(HTMLElement.prototype, 'clientWidth', JSDOM_VIEWPORT.width);
  defineGetter(HTMLElement.prototype, 'clientHeight', JSDOM_VIEWPORT.height);
  defineGetter(HTMLElement.prototype, 'offsetWidth', JSDOM_VIEWPORT.width);
  defineGetter(HTMLElement.prototype, 'offsetHeight', JSDOM_ELEMENT_OFFSET_HEIGHT);

  Object.defineProperty(HTMLElement.prototype, 'offsetParent', {
    configurable: true,
    get(this: HTMLElement) {
      if (
        this.hidden ||
        this === this.ownerDocument.body ||
        this === this.ownerDocument.documentElement
      )
        return null;
      return this.parentElement;
    },
  });

  HTMLElement.prototype.getBoundingClientRect = function getBoundingClientRect(this: HTMLElement) {
    return DOMRect.fromRect({ x: 0, y: 0, width: this.offsetWidth, height: this.offsetHeight });
  };

  Element.prototype.scrollTo = () => undefined;
  Element.prototype.scrollIntoView = () => undefined;
  window.scrollTo = () => undefined;

  window.ResizeObserver = NoopResizeObserver;
  window.matchMedia = createMediaQueryList;
}
