package cn.gongzhi.petition.web;

import cn.gongzhi.support.DemoDataOnMySql;

/**
 * The public Open311 view on MySQL (MariaDB in CI): {@code mvn verify -Pmysql} runs it with the mysql profile and the demo data.
 */
@DemoDataOnMySql
class Open311PublicViewIT extends Open311PublicViewTest {}
