package cn.gongzhi.supervision;

/**
 * {@link SupervisionRecountTest} on the {@code mysql} profile against MariaDB ({@code mvn verify -Pmysql}): the roll-up
 * is written in a transaction of its own while the summary reads in a read-only one, which only a real MySQL-protocol
 * server enforces.
 */
class SupervisionRecountIT extends SupervisionRecountTest {

    @Override
    String[] adminLogin() {
        return new String[] {"it-admin", "it-admin-secret"};
    }
}
