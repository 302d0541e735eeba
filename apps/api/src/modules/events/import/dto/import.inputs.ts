import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ImportField, ParticipationStatus } from '@territoria/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ImportAnswer, ImportQuestion } from './import.types.js';

/** What a client sends to preview, commit or answer an import (the answers are in import.types.ts). */
@InputType({ description: 'Which field a column of the file holds' })
export class ColumnMappingInput {
  @Field(() => Int, { description: 'Position of the column, from 0' })
  @IsInt()
  @Min(0)
  column: number;

  @Field(() => ImportField, { nullable: true, description: 'null: the column is ignored' })
  @IsOptional()
  @IsEnum(ImportField)
  field?: ImportField | null;
}

@InputType({ description: 'The choice for one line: which contact and organisation it means, or skip it' })
export class ImportResolutionInput {
  @Field(() => Int, { description: 'The line number (as in ImportRow.line)' })
  @IsInt()
  @Min(1)
  line: number;

  @Field(() => ID, { nullable: true, description: 'This known contact' })
  @IsOptional()
  @IsUUID()
  contactId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: a new contact' })
  @IsOptional()
  @IsBoolean()
  newContact?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'This collectivity as the organisation' })
  @IsOptional()
  @IsUUID()
  collectivityId?: string | null;

  @Field(() => ID, { nullable: true, description: 'This partner as the organisation' })
  @IsOptional()
  @IsUUID()
  partnerId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: the organisation is kept as typed, linked to no record' })
  @IsOptional()
  @IsBoolean()
  noOrganisation?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'true: the line is left out' })
  @IsOptional()
  @IsBoolean()
  skip?: boolean | null;
}

@InputType({ description: 'The status a value of the status column stands for' })
export class ImportStatusValueInput {
  @Field({ description: 'A value of the status column, as written (case, accents and punctuation aside)' })
  @IsString()
  @MaxLength(200)
  value: string;

  @Field(() => ParticipationStatus, { description: 'The status it stands for' })
  @IsEnum(ParticipationStatus)
  status: ParticipationStatus;
}

@InputType({ description: 'One answer for every line asking a question' })
export class ImportGroupAnswerInput {
  @Field(() => ImportQuestion, { description: 'The question answered' })
  @IsEnum(ImportQuestion)
  question: ImportQuestion;

  @Field(() => ImportAnswer, { description: 'The answer' })
  @IsEnum(ImportAnswer)
  answer: ImportAnswer;

  @Field(() => ID, { nullable: true, description: 'KNOWN_CONTACT: this contact for every line it is proposed for' })
  @IsOptional()
  @IsUUID()
  contactId?: string | null;
}

@InputType({ description: 'A registration list (CSV) to preview or import into an edition, with the choices made so far' })
export class ParticipationImportInput {
  @Field(() => ID, { description: 'The edition' })
  @IsUUID()
  eventId: string;

  @Field({ description: "The file's name, kept in the import's record" })
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  fileName: string;

  @Field({ description: 'The raw bytes (UTF-8, UTF-8 with BOM or Windows-1252; , ; or tab); at most 5 MB' })
  @IsString()
  contentBase64: string;

  @Field(() => [ColumnMappingInput], { nullable: true, description: 'Absent: the suggested mapping' })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ColumnMappingInput)
  mapping?: ColumnMappingInput[] | null;

  @Field(() => [ImportResolutionInput], { nullable: true, description: 'Choices for AMBIGUOUS rows (and rows to skip)' })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ImportResolutionInput)
  resolutions?: ImportResolutionInput[] | null;

  @Field(() => [ImportGroupAnswerInput], {
    nullable: true,
    description: 'One answer per question for its lines not resolved one by one',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => ImportGroupAnswerInput)
  groupAnswers?: ImportGroupAnswerInput[] | null;

  @Field(() => [ImportStatusValueInput], {
    nullable: true,
    description: 'The status of values of the status column we do not know (or read otherwise)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => ImportStatusValueInput)
  statusValues?: ImportStatusValueInput[] | null;
}
