import type { Clock } from '../../src/core/ports.js';

/**
 * A Clock whose time only moves when someone sleeps: waits cost no real time and every delay the
 * code under test asked for is recorded, so backoff can be asserted without timing assertions.
 */
export class VirtualClock implements Clock {
  readonly sleeps: number[] = [];
  private t: number;

  constructor(start = Date.UTC(2025, 0, 1)) {
    this.t = start;
  }

  now(): Date {
    return new Date(this.t);
  }

  sleep(ms: number): Promise<void> {
    this.sleeps.push(ms);
    this.t += ms;
    return Promise.resolve();
  }

  /** Moves time forward without anyone sleeping (time spent inside a call). */
  advance(ms: number): void {
    this.t += ms;
  }
}
