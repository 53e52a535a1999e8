package cn.gongzhi.registry.domain;

import cn.gongzhi.registry.Gender;
import cn.gongzhi.registry.WorkerPost;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * Paid community staff (社区工作者) who handle cases; graded under "three posts, eighteen grades". Her grade here is
 * the grade now ({@link GradeChange} holds how it came about); her qualifications, training and appraisals are records
 * of their own (V20, docs/processes/workers.md).
 */
@Entity
public class CommunityWorker {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long communityId;
    private String name;
    private String username;
    @Enumerated(EnumType.STRING)
    private Gender gender;
    @Enumerated(EnumType.STRING)
    private WorkerPost post;
    private int grade;
    private int caseloadLimit;
    private int openCaseload;

    public Long getId() { return id; }
    public Long getCommunityId() { return communityId; }
    public void setCommunityId(Long communityId) { this.communityId = communityId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public Gender getGender() { return gender; }
    public void setGender(Gender gender) { this.gender = gender; }
    public WorkerPost getPost() { return post; }
    public void setPost(WorkerPost post) { this.post = post; }
    public int getGrade() { return grade; }
    public void setGrade(int grade) { this.grade = grade; }
    public int getCaseloadLimit() { return caseloadLimit; }
    public void setCaseloadLimit(int caseloadLimit) { this.caseloadLimit = caseloadLimit; }
    public int getOpenCaseload() { return openCaseload; }
    public void setOpenCaseload(int openCaseload) { this.openCaseload = openCaseload; }
}
