package cn.gongzhi;

import cn.gongzhi.support.DemoDataOnMySql;

/**
 * The personal-data test on MySQL (MariaDB in CI): {@code mvn verify -Pmysql} runs it with the mysql profile and the demo data.
 */
@DemoDataOnMySql
class PersonalDataEverywhereIT extends PersonalDataEverywhereTest {}
