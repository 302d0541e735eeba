import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { Role } from '@territoria/domain';
import { randomBytes } from 'node:crypto';
import { DataSource, Repository, type EntityManager } from 'typeorm';
import { NotFoundError, UserInputError } from '../../common/errors/app-errors.js';
import { withDatabaseErrors } from '../../common/errors/database-errors.js';
import type { PageInput } from '../../common/pagination/page.input.js';
import { toPage, type Page } from '../../common/pagination/page.type.js';
import { SYSTEM_ACTOR, type Actor } from '../../common/access/actor.js';
import { CredentialChanges } from '../../common/access/credential-changes.js';
import { AuditService } from '../audit/audit.service.js';
import { AuditedWrites } from '../audit/audited-writes.js';
import { Contact } from '../contacts/contact.entity.js';
import type { CreateUserInput, UpdateUserInput, UserFilter } from './dto/user.inputs.js';
import { hashPassword } from './passwords.js';
import { User } from './user.entity.js';
import { refuseSync } from '../../common/read/sync.js';

const UNIQUE_CONSTRAINTS = { users_email_key: { field: 'email', message: 'Another user already has this email.' } };

@Injectable()
export class UsersService {
  private readonly logger = new Logger(UsersService.name);

  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly writes: AuditedWrites,
    private readonly credentials: CredentialChanges,
  ) {}

  async findById(id: string): Promise<User> {
    const user = await this.users.findOneBy({ id });
    if (!user) throw new NotFoundError('User', id);
    return user;
  }

  findByEmail(email: string): Promise<User | null> {
    return this.users.findOneBy({ email: email.trim().toLowerCase() });
  }

  async findPage(filter: UserFilter, page: PageInput): Promise<Page<User>> {
    refuseSync(page);
    const query = this.users.createQueryBuilder('user');
    if (filter.search) {
      query.andWhere('(user.email ILIKE :search OR user.display_name ILIKE :search)', {
        search: `%${filter.search.replace(/[\\%_]/g, (character) => `\\${character}`)}%`,
      });
    }
    if (filter.roles?.length) query.andWhere('user.role IN (:...roles)', { roles: filter.roles });
    if (filter.active !== undefined) query.andWhere('user.active = :active', { active: filter.active });
    query.orderBy('user.display_name', 'ASC').addOrderBy('user.id', 'ASC');
    const [nodes, totalCount] = await query.skip(page.offset).take(page.limit).getManyAndCount();
    return toPage(nodes, totalCount, page.offset);
  }

  async create(input: CreateUserInput, actor: Actor): Promise<User> {
    const { password, ...fields } = input;
    await this.assertContactExists(fields.linkedContactId);
    const passwordHash = await hashPassword(password);
    const values = { ...fields, email: fields.email.trim().toLowerCase(), passwordHash, active: true };
    return withDatabaseErrors(UNIQUE_CONSTRAINTS, () => this.writes.create(User, 'User', values, actor));
  }

  async update(id: string, input: UpdateUserInput, actor: Actor): Promise<User> {
    const { password, ...fields } = input;
    await this.assertContactExists(fields.linkedContactId);
    const given = { ...fields } as Partial<User> & { version?: number };
    if (fields.email !== undefined) given.email = fields.email.trim().toLowerCase();
    if (password !== undefined) given.passwordHash = await hashPassword(password);
    return withDatabaseErrors(UNIQUE_CONSTRAINTS, () =>
      this.dataSource.transaction(async (manager) => {
        const saved = await this.writes.update(
          User,
          'User',
          id,
          given,
          actor,
          (current, _next, { changes }) => this.assertAdminRemains(manager, current, changes, actor),
          manager,
        );
        // The hash itself is never audited; that the password changed is.
        if (password !== undefined)
          await this.audit.record(manager, actor, 'User', id, { password: null }, { password: 'changed' });
        // Role, activity, linked contact, email or password: signed-in requests must see it at once.
        await this.credentials.userChanged(manager, id, { passwordChanged: password !== undefined, by: actor });
        return saved;
      }),
    );
  }

  /** A user is linked to a person who exists: no foreign key refuses an unknown id. */
  private async assertContactExists(contactId: string | null | undefined): Promise<void> {
    if (!contactId || (await this.dataSource.getRepository(Contact).existsBy({ id: contactId }))) return;
    throw UserInputError.forField('linkedContactId', 'UNKNOWN_CONTACT', `Contact ${contactId} does not exist.`);
  }

  /** An administrator cannot lock themselves out, and the last active administrator stays one. */
  private async assertAdminRemains(manager: EntityManager, current: User, changes: Partial<User>, actor: Actor): Promise<void> {
    const losesAdmin =
      current.role === Role.ADMIN &&
      current.active &&
      ((changes.role !== undefined && changes.role !== Role.ADMIN) || changes.active === false);
    if (!losesAdmin) return;
    if (actor.kind === 'USER' && actor.userId === current.id) {
      throw UserInputError.forField(
        changes.active === false ? 'active' : 'role',
        'SELF_LOCKOUT',
        'You cannot take away your own administrator access.',
      );
    }
    const admins = await manager.count(User, { where: { role: Role.ADMIN, active: true } });
    if (admins <= 1) {
      throw UserInputError.forField(
        changes.active === false ? 'active' : 'role',
        'LAST_ADMIN',
        'This is the last active administrator.',
      );
    }
  }

  async recordSignIn(id: string): Promise<void> {
    await this.users.update({ id }, { lastSignInAt: new Date() });
  }

  /**
   * The first start creates an ADMIN: from ADMIN_EMAIL / ADMIN_PASSWORD when given, otherwise
   * with a random password printed once. Never a fixed default password.
   */
  /** The first administrator this start created with a generated password, printed again after the addresses. */
  generatedFirstAdmin: { email: string; password: string } | null = null;

  async ensureFirstAdmin(email: string | undefined, password: string | undefined): Promise<void> {
    if ((await this.users.count()) > 0) return;
    const generated = password === undefined;
    const secret = password ?? randomBytes(18).toString('base64url');
    const admin = await this.create(
      { email: email ?? 'admin@localhost', displayName: 'Administrateur', role: Role.ADMIN, password: secret },
      SYSTEM_ACTOR,
    );
    this.logger.log(`Created the first administrator: ${admin.email}`);
    if (generated) {
      this.generatedFirstAdmin = { email: admin.email, password: secret };
      console.log(
        `\n  First administrator created. Sign in with:\n    email:    ${admin.email}\n    password: ${secret}\n  (shown once: change it after signing in)\n`,
      );
    }
  }
}
