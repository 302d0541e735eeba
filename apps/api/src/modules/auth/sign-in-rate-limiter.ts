import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { TooManyRequestsError } from '../../common/errors/app-errors.js';

/** Created by a migration (1796190400000-SignInAttempts), never by the library at run time. */
const TABLE = 'sign_in_attempts';

/**
 * Slows password guessing: 5 attempts a minute for one email from one address, 30 a minute from
 * one address whatever the email. The counts live in PostgreSQL, so every API process behind a
 * load balancer shares them. (@nestjs/throttler is CommonJS-only and cannot load beside NestJS
 * 12's ES modules under jest on Node 20: rate-limiter-flexible does the counting instead.)
 */
@Injectable()
export class SignInRateLimiter {
  private readonly perAccount: RateLimiterPostgres;
  private readonly perAddress: RateLimiterPostgres;

  constructor(@InjectDataSource() dataSource: DataSource) {
    // 'typeorm' makes the store query through the application's own connection pool.
    const store = { storeClient: dataSource, storeType: 'typeorm', tableName: TABLE, tableCreated: true };
    this.perAccount = new RateLimiterPostgres({ ...store, keyPrefix: 'sign-in-account', points: 5, duration: 60 });
    this.perAddress = new RateLimiterPostgres({ ...store, keyPrefix: 'sign-in-address', points: 30, duration: 60 });
  }

  async consume(address: string, email: string): Promise<void> {
    try {
      await Promise.all([this.perAccount.consume(`${address}|${email.trim().toLowerCase()}`), this.perAddress.consume(address)]);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const seconds = Math.ceil(rejection.msBeforeNext / 1000);
      throw new TooManyRequestsError(seconds, `Too many sign-in attempts: try again in ${seconds} seconds.`);
    }
  }
}
