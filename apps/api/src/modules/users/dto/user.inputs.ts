import { Field, ID, InputType } from '@nestjs/graphql';
import { PASSWORD_MIN_LENGTH, Role } from '@territoria/domain';
import { IsBoolean, IsEmail, IsEnum, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { IsPresentOrAbsent } from '../../../common/validation/partial-update.js';
import { VersionField } from '../../../common/validation/version-field.js';

@InputType({ description: 'A new console user, with their first password' })
export class CreateUserInput {
  @Field({ description: 'Email address, used to sign in; unique' })
  @MaxLength(320)
  @IsEmail({}, { message: 'email must be an email address' })
  email: string;

  @Field({ description: 'Name shown in the console and in the journal' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  displayName: string;

  @Field(() => Role, { description: 'What the user may do' })
  @IsEnum(Role)
  role: Role;

  @Field({ description: `At least ${PASSWORD_MIN_LENGTH} characters` })
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, { message: `password must be at least ${PASSWORD_MIN_LENGTH} characters long` })
  @MaxLength(200)
  password: string;

  @Field(() => ID, {
    nullable: true,
    description: 'For a GROUP_PRESIDENT: the contact they are, whose current presidencies decide which groups they see',
  })
  @IsOptional()
  @IsUUID()
  linkedContactId?: string | null;
}

@InputType({
  description:
    "Changes to a user: an absent field is left as it is. A change of role, email, linked contact or deactivation takes effect at the user's next request",
})
export class UpdateUserInput {
  @VersionField()
  version?: number;

  @Field({ nullable: true, description: 'New email address; unique' })
  @IsPresentOrAbsent()
  @MaxLength(320)
  @IsEmail({}, { message: 'email must be an email address' })
  email?: string;

  @Field({ nullable: true, description: 'New display name' })
  @IsPresentOrAbsent()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  displayName?: string;

  @Field(() => Role, { nullable: true, description: 'New role' })
  @IsPresentOrAbsent()
  @IsEnum(Role)
  role?: Role;

  @Field({ nullable: true, description: 'false deactivates the user (their sessions end at once), true reactivates them' })
  @IsPresentOrAbsent()
  @IsBoolean()
  active?: boolean;

  @Field({ nullable: true, description: 'Sets a new password (ADMIN resetting it)' })
  @IsPresentOrAbsent()
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, { message: `password must be at least ${PASSWORD_MIN_LENGTH} characters long` })
  @MaxLength(200)
  password?: string;

  @Field(() => ID, { nullable: true, description: 'The contact a GROUP_PRESIDENT is; null unlinks' })
  @IsOptional()
  @IsUUID()
  linkedContactId?: string | null;
}

@InputType({ description: 'Which users: every criterion given must match' })
export class UserFilter {
  @Field({ nullable: true, description: 'Part of the name or email' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;

  @Field(() => [Role], { nullable: true, description: 'Only users with one of these roles' })
  @IsOptional()
  @IsEnum(Role, { each: true })
  roles?: Role[];

  @Field({ nullable: true, description: 'Only active (true) or deactivated (false) users' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}
