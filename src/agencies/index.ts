export {foldName} from './fold-name.js';
export type {AgencyEntry} from './registry-data.js';
export {loadBuiltinRegistry, extendRegistry, type AgencyRegistry} from './registry.js';
export {agenciesOfHeading} from './agencies-of-heading.js';
export {leadingAgency, leadingAgencies} from './leading-agency.js';
export {mentionedAgencies} from './mentioned-agencies.js';
export {assignRoles, type RoleAssignment} from './assign-roles.js';
export {isRequest} from './is-request.js';
export {successorOn} from './successor.js';
