package cn.gongzhi;

import cn.gongzhi.support.DemoDataOnMySql;

/**
 * The database-error answers on MySQL (MariaDB in CI): {@code mvn verify -Pmysql} runs it with the mysql profile and the demo data.
 */
@DemoDataOnMySql
class DatabaseErrorAnswersIT extends DatabaseErrorAnswersTest {}
