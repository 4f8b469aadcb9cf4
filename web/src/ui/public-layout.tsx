// The frame of the public pages still in the web app (no sign-in): the portal's brand, which
// reloads to reach the server-rendered home /cong-khai, the page's own links, and the content.
import { Flex, Layout } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

export interface PublicLayoutProps {
  /** What the brand reads beside the emblem, e.g. "Công khai khen thưởng". */
  brand: string;
  /** The brand link's accessible name. */
  brandLabel: string;
  links: { to: string; label: string }[];
  /** The content's width in pixels. */
  width: number;
  children: ReactNode;
}

export function PublicLayout({ brand, brandLabel, links, width, children }: PublicLayoutProps) {
  return (
    <Layout className="public-layout" style={{ minHeight: '100vh' }}>
      <header style={{ background: '#fff', borderBottom: '1px solid #f0f0f0', padding: '10px 16px' }}>
        <Flex
          align="center"
          justify="space-between"
          gap={12}
          style={{ width: '100%', maxWidth: width, margin: '0 auto' }}
          wrap
        >
          <Link to="/cong-khai" reloadDocument className="brand" aria-label={brandLabel}>
            <img src="/favicon.svg" alt="" width={28} height={28} />
            <span className="brand-text">{brand}</span>
          </Link>
          <Flex gap={12} wrap>
            {links.map((l) => (
              <Link key={l.to} to={l.to}>
                {l.label}
              </Link>
            ))}
          </Flex>
        </Flex>
      </header>
      <Layout.Content id="main-content" style={{ padding: 16, maxWidth: width, width: '100%', margin: '0 auto' }}>
        {children}
      </Layout.Content>
    </Layout>
  );
}
