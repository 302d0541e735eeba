import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Role } from '@territoria/domain';
import { PageType } from '../../../common/pagination/page.type.js';
import type { User } from '../user.entity.js';

registerEnumType(Role, {
  name: 'Role',
  description: 'What a console user may do',
  valuesMap: {
    ADMIN: { description: 'Everything, users, API tokens and the journal included' },
    STAFF: { description: "The association's staff: read and write all CRM data; no user or token management" },
    GROUP_PRESIDENT: {
      description:
        "Read only, and only the groups they currently preside or co-preside (through their linked contact), with those groups' members",
    },
  },
});

@ObjectType('User', { description: 'A person who signs in to the console, with a role' })
export class UserType {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Email address, used to sign in' })
  email: string;

  @Field({ description: 'Name shown in the console and in the journal' })
  displayName: string;

  @Field(() => Role, { description: 'What the user may do' })
  role: Role;

  @Field({ description: 'false when deactivated: they can no longer sign in' })
  active: boolean;

  @Field(() => ID, { nullable: true, description: 'For a GROUP_PRESIDENT, the contact they are (Contact id); null otherwise' })
  linkedContactId: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When they last signed in; null if never' })
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
