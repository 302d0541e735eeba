import { Injectable } from '@nestjs/common';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { TooManyRequestsError } from '../../common/errors/app-errors.js';

/**
 * Slows password guessing: 5 attempts a minute for one email from one address, 30 a minute from
 * one address whatever the email. (@nestjs/throttler is CommonJS-only and cannot load beside
 * NestJS 12's ES modules under jest on Node 20: rate-limiter-flexible does the counting instead.)
 */
@Injectable()
export class SignInRateLimiter {
  private readonly perAccount = new RateLimiterMemory({ keyPrefix: 'sign-in-account', points: 5, duration: 60 });
  private readonly perAddress = new RateLimiterMemory({ keyPrefix: 'sign-in-address', points: 30, duration: 60 });

  async consume(address: string, email: string): Promise<void> {
    try {
      await Promise.all([
        this.perAccount.consume(`${address}|${email.trim().toLowerCase()}`),
        this.perAddress.consume(address),
      ]);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const seconds = Math.ceil(rejection.msBeforeNext / 1000);
      throw new TooManyRequestsError(`Too many sign-in attempts: try again in ${seconds} seconds.`);
    }
  }
}
