export const id=373;export const ids=[373];export const modules={
29111:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
L:()=>fetchBundle,a:()=>findBundle});var external_node_crypto_=__webpack_require__(77598)
;var external_node_fs_=__webpack_require__(73024);var core=__webpack_require__(91659)
;var artifact_error=__webpack_require__(10117);var artifacts=__webpack_require__(18089)
;function bundleCandidates(artifacts,criteria){const hex=criteria.sha256?.replace(/^sha256:/,"")
;const candidates=artifacts.filter(artifact=>{
if(!artifact.name.startsWith("awo-")||!artifact.name.endsWith(".tar.gz"))return false
;if(criteria.runId&&!artifact.name.startsWith(`awo-${criteria.runId}-`))return false
;if(criteria.stage&&!artifact.name.includes(`-${criteria.stage}-a`))return false;if(hex){
const digest=artifact.digest?.replace(/^sha256:/,"")
;return digest!==undefined?digest===hex:artifact.name.endsWith(`-${hex.slice(0,12)}.tar.gz`)}return true})
;if(candidates.length===0){const seen=artifacts.map(a=>a.name).join(", ")||"none"
;throw new artifact_error.n(`no AWO bundle in this workflow run matches ${wanted(criteria)||"awo-*.tar.gz"} (artifacts: ${seen}); pass artifact-name and bundle-sha256 from the outputs of the job that uploaded it`)
}return[...candidates].sort((a,b)=>b.id-a.id)}function wanted(criteria){
return[criteria.stage?`stage ${criteria.stage}`:"",criteria.runId?`run id ${criteria.runId}`:"",criteria.sha256?`digest ${criteria.sha256}`:""].filter(Boolean).join(", ")
}function selectBundle(artifacts,criteria){const candidates=bundleCandidates(artifacts,criteria)
;const digests=new Set(candidates.map(a=>a.digest??a.name));if(digests.size>1){
throw new artifact_error.n(`several AWO bundles in this workflow run match ${wanted(criteria)||"awo-*.tar.gz"}: ${candidates.map(a=>a.name).join(", ")}; pass artifact-name (or bundle-sha256) to choose one`)
}return candidates[0]}async function findBundle(criteria){if(criteria.artifactName)return(0,
artifacts.jZ)(criteria.artifactName);return selectBundle(await(0,artifacts.wn)(),criteria)}const MAX_CANDIDATES=5
;const sha256File=file=>`sha256:${(0,
external_node_crypto_.createHash)("sha256").update(external_node_fs_.readFileSync(file)).digest("hex")}`
;async function fetchBundle(criteria,tempRoot,find={}){if(criteria.artifactName){const artifact=await(0,
artifacts.jZ)(criteria.artifactName,find);return{artifact:artifact,file:await(0,artifacts.fv)(artifact,tempRoot,find)}}
if(!criteria.sha256){const artifact=selectBundle(await(0,artifacts.wn)(find),criteria);return{artifact:artifact,
file:await(0,artifacts.fv)(artifact,tempRoot,find)}}const candidates=bundleCandidates(await(0,
artifacts.wn)(find),criteria);const seen=[];for(const artifact of candidates.slice(0,MAX_CANDIDATES)){
const file=await(0,artifacts.fv)(artifact,tempRoot,find);const digest=sha256File(file)
;if(digest===criteria.sha256)return{artifact:artifact,file:file}
;seen.push(`${artifact.name} (id ${artifact.id}) is ${digest}`)
;core.pq(`Skipped artifact ${artifact.name} (id ${artifact.id}): it claims ${criteria.sha256}, but its bytes are ${digest}`)
;external_node_fs_.rmSync(file,{force:true})}
throw new artifact_error.n(`no AWO bundle matching ${wanted(criteria)} has those bytes: ${seen.join("; ")}${candidates.length>MAX_CANDIDATES?`; ${candidates.length-MAX_CANDIDATES} more not tried`:""}; pass artifact-name from the outputs of the job that uploaded it`)
}},3373:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.r(__webpack_exports__)
;__webpack_require__.d(__webpack_exports__,{verifyMode:()=>verifyMode})
;var node_fs__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(73024)
;var node_fs__WEBPACK_IMPORTED_MODULE_0___default=__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__)
;var node_path__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(76760)
;var node_path__WEBPACK_IMPORTED_MODULE_1___default=__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__)
;var _actions_core__WEBPACK_IMPORTED_MODULE_2__=__webpack_require__(91659)
;var _core_checkpoint_js__WEBPACK_IMPORTED_MODULE_3__=__webpack_require__(17745)
;var _bundle_verify_bundle_js__WEBPACK_IMPORTED_MODULE_4__=__webpack_require__(43458)
;var _bundle_safe_extract_js__WEBPACK_IMPORTED_MODULE_5__=__webpack_require__(48038)
;var _store_shard_verify_js__WEBPACK_IMPORTED_MODULE_6__=__webpack_require__(13351)
;var _artifacts_js__WEBPACK_IMPORTED_MODULE_7__=__webpack_require__(18089)
;var _find_bundle_js__WEBPACK_IMPORTED_MODULE_8__=__webpack_require__(29111)
;var _github_context_js__WEBPACK_IMPORTED_MODULE_9__=__webpack_require__(98141)
;var _outputs_js__WEBPACK_IMPORTED_MODULE_10__=__webpack_require__(18948)
;var _summary_js__WEBPACK_IMPORTED_MODULE_11__=__webpack_require__(38770);async function verifyMode(inputs,ctx){let file
;let artifact;if(inputs.bundlePath){file=node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(ctx.workspace,inputs.bundlePath)
}else{artifact=await(0,_find_bundle_js__WEBPACK_IMPORTED_MODULE_8__.a)({artifactName:inputs.artifactName,
runId:inputs.runId,sha256:inputs.bundleSha256})
;file=await(0,_artifacts_js__WEBPACK_IMPORTED_MODULE_7__.fv)(artifact,ctx.runnerTemp);(0,
_outputs_js__WEBPACK_IMPORTED_MODULE_10__.n)({"artifact-name":artifact.name,"artifact-id":String(artifact.id),
"artifact-url":(0,_github_context_js__WEBPACK_IMPORTED_MODULE_9__.W)(ctx,artifact.id)})}let report
;const verdict=await(0,_bundle_verify_bundle_js__WEBPACK_IMPORTED_MODULE_4__.I)(file,{
expectedSha256:inputs.bundleSha256,tmpDir:ctx.runnerTemp,verifyFolder:async run=>report=await(0,
_store_shard_verify_js__WEBPACK_IMPORTED_MODULE_6__.Bw)(run)});const sha256=verdict.sha256??`sha256:${await(0,
_bundle_safe_extract_js__WEBPACK_IMPORTED_MODULE_5__.DC)(file)}`;(0,_outputs_js__WEBPACK_IMPORTED_MODULE_10__.n)({
"bundle-path":file,"bundle-sha256":sha256,"run-id":verdict.runId,status:report?.status??undefined,
"workflow-hash":report?.workflowHash??undefined,checkpoint:report?.checkpoint?(0,
_core_checkpoint_js__WEBPACK_IMPORTED_MODULE_3__.wP)(report.checkpoint):undefined})
;const pinned=inputs.bundleSha256?`its SHA-256 equals bundle-sha256 ${inputs.bundleSha256}`:"no bundle-sha256 was given, so its digest was not pinned"
;const notes=verdict.ok?[`Verified ${node_path__WEBPACK_IMPORTED_MODULE_1__.basename(file)}: ${pinned}; the audit chain, receipts and SHA256SUMS.txt all match (run ${verdict.runId}, status ${report?.status??"unknown"}).`]:[`Verification FAILED for ${node_path__WEBPACK_IMPORTED_MODULE_1__.basename(file)}: ${verdict.message??"mismatch"}`]
;await(0,_summary_js__WEBPACK_IMPORTED_MODULE_11__.S)({runDir:undefined,notes:notes,bundle:{
name:node_path__WEBPACK_IMPORTED_MODULE_1__.basename(file),sha256:sha256,
bytes:node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(file).size},...artifact?{artifact:{id:artifact.id,url:(0,
_github_context_js__WEBPACK_IMPORTED_MODULE_9__.W)(ctx,artifact.id)}}:{}});if(!verdict.ok)return{
failure:`bundle ${file} does not verify: ${verdict.message??"mismatch"}${verdict.where?` (at ${verdict.where})`:""}`}
;_actions_core__WEBPACK_IMPORTED_MODULE_2__.pq(notes[0]);return{}}}};
