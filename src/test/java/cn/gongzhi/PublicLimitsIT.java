package cn.gongzhi;

import cn.gongzhi.support.DemoDataOnMySql;

/**
 * The limits on every way in on MySQL (MariaDB in CI): {@code mvn verify -Pmysql} runs it with the mysql profile and
 * the demo data.
 */
@DemoDataOnMySql
class PublicLimitsIT extends PublicLimitsTest {}
