import { Field, ID, InputType } from '@nestjs/graphql';
import { PASSWORD_MIN_LENGTH, Role } from '@territoria/domain';
import { IsBoolean, IsEmail, IsEnum, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { IsPresentOrAbsent } from '../../../common/validation/partial-update.js';
import { VersionField } from '../../../common/validation/version-field.js';

@InputType()
export class CreateUserInput {
  @Field()
  @MaxLength(320)
  @IsEmail({}, { message: 'email must be an email address' })
  email: string;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  displayName: string;

  @Field(() => Role)
  @IsEnum(Role)
  role: Role;

  @Field({ description: `At least ${PASSWORD_MIN_LENGTH} characters` })
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, { message: `password must be at least ${PASSWORD_MIN_LENGTH} characters long` })
  @MaxLength(200)
  password: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  linkedContactId?: string | null;
}

@InputType()
export class UpdateUserInput {
  @VersionField()
  version?: number;

  @Field({ nullable: true })
  @IsPresentOrAbsent()
  @MaxLength(320)
  @IsEmail({}, { message: 'email must be an email address' })
  email?: string;

  @Field({ nullable: true })
  @IsPresentOrAbsent()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  displayName?: string;

  @Field(() => Role, { nullable: true })
  @IsPresentOrAbsent()
  @IsEnum(Role)
  role?: Role;

  @Field({ nullable: true })
  @IsPresentOrAbsent()
  @IsBoolean()
  active?: boolean;

  @Field({ nullable: true, description: 'Sets a new password (ADMIN resetting it)' })
  @IsPresentOrAbsent()
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, { message: `password must be at least ${PASSWORD_MIN_LENGTH} characters long` })
  @MaxLength(200)
  password?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  linkedContactId?: string | null;
}

@InputType()
export class UserFilter {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;

  @Field(() => [Role], { nullable: true })
  @IsOptional()
  @IsEnum(Role, { each: true })
  roles?: Role[];

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}
