import GroupsIcon from '@mui/icons-material/Groups';
import HomeIcon from '@mui/icons-material/Home';
import PasswordIcon from '@mui/icons-material/Password';
import { ListItemIcon, ListItemText, MenuItem } from '@mui/material';
import type { ReactNode } from 'react';
import { AppBar, Layout, LinkBase, Logout, Menu, UserMenu, usePermissions, useTranslate, useUserMenu } from 'react-admin';

export const CHANGE_PASSWORD_PATH = '/mon-mot-de-passe';

/** "Changer mon mot de passe", in the user menu (top right). */
export const ChangePasswordMenuItem = () => {
  const translate = useTranslate();
  const userMenu = useUserMenu();
  return (
    <MenuItem component={LinkBase} to={CHANGE_PASSWORD_PATH} onClick={() => userMenu?.onClose()}>
      <ListItemIcon>
        <PasswordIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText>{translate('territoria.account.menu')}</ListItemText>
    </MenuItem>
  );
};

const AppUserMenu = () => (
  <UserMenu>
    <ChangePasswordMenuItem />
    <Logout />
  </UserMenu>
);

const AppAppBar = () => <AppBar userMenu={<AppUserMenu />} />;

/** The menu entries of a group president: their groups are their home page ("Mes groupes"). */
export const PRESIDENT_MENU = ['collectivities', 'contacts', 'participations'];

/**
 * The menu: "Mes groupes" first for a group president (their home page), then what they read;
 * the resources of the role otherwise (those without a list page have no entry).
 */
export const AppMenu = () => {
  const { permissions } = usePermissions();
  if (permissions === 'GROUP_PRESIDENT') {
    return (
      <Menu>
        <Menu.DashboardItem primaryText="territoria.menu.myGroups" leftIcon={<GroupsIcon />} />
        {PRESIDENT_MENU.map((name) => (
          <Menu.ResourceItem key={name} name={name} />
        ))}
      </Menu>
    );
  }
  return (
    <Menu>
      <Menu.DashboardItem primaryText="territoria.menu.dashboard" leftIcon={<HomeIcon />} />
      <Menu.ResourceItems />
    </Menu>
  );
};

export const AppLayout = ({ children }: { children: ReactNode }) => (
  <Layout appBar={AppAppBar} menu={AppMenu}>
    {children}
  </Layout>
);

export default AppLayout;
