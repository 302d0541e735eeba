/**
 * jsdom lacks several globals that Node has and that react-router 7 / react-admin use
 * (TextEncoder, Request, Response, fetch, structuredClone…): copy them from Node.
 */
const { TestEnvironment } = require('jest-environment-jsdom');

const NODE_GLOBALS = [
  'TextEncoder',
  'TextDecoder',
  'ReadableStream',
  'WritableStream',
  'TransformStream',
  'Request',
  'Response',
  'Headers',
  'FormData',
  'Blob',
  'File',
  'fetch',
  'AbortController',
  'AbortSignal',
  'structuredClone',
  'BroadcastChannel',
  'MessageChannel',
  'MessagePort',
  'setImmediate',
  'clearImmediate',
];

class JsdomWithNodeGlobals extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    for (const name of NODE_GLOBALS) {
      if (typeof this.global[name] === 'undefined' && typeof globalThis[name] !== 'undefined') {
        this.global[name] = globalThis[name];
      }
    }
    // react-router 7 checks `instanceof Request/AbortSignal`: keep one family of fetch classes
    for (const name of ['Request', 'Response', 'Headers', 'AbortController', 'AbortSignal', 'fetch']) {
      if (typeof globalThis[name] !== 'undefined') this.global[name] = globalThis[name];
    }
    if (!this.global.matchMedia) {
      this.global.matchMedia = (query) => ({
        matches: false,
        media: query,
        onchange: null,
        addListener: () => {},
        removeListener: () => {},
        addEventListener: () => {},
        removeEventListener: () => {},
        dispatchEvent: () => false,
      });
    }
  }
}

module.exports = JsdomWithNodeGlobals;
