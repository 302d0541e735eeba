import type {} from '@fastify/cookie'; // reply.setCookie, request.cookies
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { PASSWORD_MIN_LENGTH } from '@territoria/domain';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { ArgsType, Field } from '@nestjs/graphql';
import { UserType } from '../users/dto/user.type.js';
import { UsersService } from '../users/users.service.js';
import { Access, EVERY_ROLE, Public } from '../../common/access/access.decorator.js';
import type { Actor } from '../../common/access/actor.js';
import type { AuthenticatedContext } from '../../common/access/auth-context.js';
import { AuthService, SESSION_COOKIE, SESSION_DURATION_MS } from './auth.service.js';
import { CurrentActor } from '../../common/access/current-actor.decorator.js';
import { SignInRateLimiter } from './sign-in-rate-limiter.js';

@ArgsType()
class SignInArgs {
  @Field({ description: "The user's email address" })
  @IsString()
  @MaxLength(320)
  email: string;

  @Field({ description: "The user's password" })
  @IsString()
  @MaxLength(200)
  password: string;
}

@ArgsType()
class ChangePasswordArgs {
  @Field({ description: 'The password in use, to confirm it is you' })
  @IsString()
  @MaxLength(200)
  currentPassword: string;

  @Field({ description: `At least ${PASSWORD_MIN_LENGTH} characters` })
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, { message: `newPassword must be at least ${PASSWORD_MIN_LENGTH} characters long` })
  @MaxLength(200)
  newPassword: string;
}

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
    private readonly rateLimiter: SignInRateLimiter,
  ) {}

  @Public()
  @Mutation(() => UserType, { description: 'Opens a session: the answer sets an httpOnly cookie' })
  async signIn(@Args() { email, password }: SignInArgs, @Context() context: AuthenticatedContext): Promise<UserType> {
    await this.rateLimiter.consume(context.request.ip, email);
    const { user, secret } = await this.auth.signIn(email, password);
    context.reply.setCookie(SESSION_COOKIE, secret, {
      httpOnly: true,
      sameSite: 'lax',
      secure: process.env.NODE_ENV === 'production',
      path: '/',
      maxAge: SESSION_DURATION_MS / 1000,
    });
    return UserType.from(user);
  }

  // Public: signing out with an expired session still clears the cookie.
  @Public()
  @Mutation(() => Boolean, { description: 'Closes the current session and clears its cookie; true even without a session' })
  async signOut(@CurrentActor() actor: Actor, @Context() context: AuthenticatedContext): Promise<boolean> {
    if (actor.kind === 'USER') await this.auth.signOut(actor.sessionId);
    context.reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return true;
  }

  @Access({ roles: EVERY_ROLE })
  @Query(() => UserType, { description: 'The signed-in user' })
  async me(@CurrentActor() actor: Actor): Promise<UserType> {
    if (actor.kind !== 'USER') throw new Error('unreachable: the access rule admits users only');
    return UserType.from(await this.users.findById(actor.userId));
  }

  @Access({ roles: EVERY_ROLE })
  @Mutation(() => Boolean, { description: "Changes the signed-in user's password and ends their other sessions; true when done" })
  async changeMyPassword(
    @Args() { currentPassword, newPassword }: ChangePasswordArgs,
    @CurrentActor() actor: Actor,
  ): Promise<boolean> {
    if (actor.kind !== 'USER') throw new Error('unreachable: the access rule admits users only');
    await this.auth.changePassword(actor, currentPassword, newPassword);
    return true;
  }
}
