import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Role } from '@territoria/domain';
import { PageType } from '../../../common/pagination/page.type.js';
import type { User } from '../user.entity.js';

registerEnumType(Role, { name: 'Role' });

@ObjectType('User')
export class UserType {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  displayName: string;

  @Field(() => Role)
  role: Role;

  @Field()
  active: boolean;

  @Field(() => ID, { nullable: true })
  linkedContactId: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  lastSignInAt: Date | null;

  @Field(() => Int)
  version: number;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;

  static from(user: User): UserType {
    const { passwordHash: _hidden, ...visible } = user;
    return Object.assign(new UserType(), visible);
  }
}

export const UserPage = PageType(UserType, 'UserPage');
